import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, type BlindIndex, type FieldCipher, type JobQueue } from '@attendgate/platform';
import { parseBusinessNumber } from '../domain/businessNumber.ts';
import { VerificationStatus } from '../domain/businessStatus.ts';
import { checkStoreCategory, checkStoreName, checkStoreRegion } from '../domain/profile.ts';
import { User } from '../entities/index.ts';
import { VERIFY_BUSINESS_NUMBER_JOB, type VerifyBusinessNumberJob } from '../jobs/jobNames.ts';
import { checkAccountFields, valueOf, type AccountFieldsInput } from './accountFields.ts';
import { BUSINESS_NUMBER_PURPOSE, type BusinessVerification } from './businessVerification.ts';
import type { PasswordHasher } from './passwordHasher.ts';
import type { AuthResult, Sessions } from './sessions.ts';
import { CONFLICT_MESSAGES, userConflict } from './uniqueConstraints.ts';

/** Roles anyone may sign up as; OPERATOR and ADMIN accounts are made by admins (createStaffUser). */
export type SelfSignUpRole = 'OWNER' | 'CUSTOMER';

export interface StoreInput {
  name: string;
  category: string;
  region: string;
  businessNumber: string;
}

export interface SignUpInput extends AccountFieldsInput {
  role: SelfSignUpRole;
  store?: StoreInput | null;
}

interface CheckedStore {
  name: string;
  category: string;
  region: string;
  businessNumber: string;
  blindIndex: string;
}

export interface SignUpDeps {
  hasher: PasswordHasher;
  sessions: Sessions;
  verification: BusinessVerification;
  cipher: FieldCipher;
  blindIndex: BlindIndex;
  queue: JobQueue;
}

/**
 * Self sign-up (UFR-USER-010) of a shop owner (with store and business number) or a customer.
 *
 * Every field is checked before anything is written. A shop owner's business number is then put to the tax
 * office once, within one timeout: a live business is VERIFIED at once; a number the tax office says is not a
 * live business fails the sign-up with BUSINESS_NOT_ACTIVE and nothing is written; no answer (failure, slow,
 * open circuit) creates the account as PENDING with a verification job written in the same transaction, which
 * retries in the background. The new account is logged in (a session starts in the same transaction).
 */
export async function signUp(deps: SignUpDeps, em: EntityManager, input: SignUpInput): Promise<AuthResult> {
  const fields = await checkAccountFields(em, input);
  const store = await checkStore(deps, em, input);

  let verificationStatus: VerificationStatus | null = null;
  if (store) {
    const answer = await deps.verification.askOnce(store.businessNumber, store.blindIndex);
    if (answer.answered && answer.status !== 'ACTIVE') {
      throw new AppError(ErrorCode.BUSINESS_NOT_ACTIVE, 'The tax office says this business number is not an active business.', {
        field: 'store.businessNumber',
        businessStatus: answer.status,
      });
    }
    verificationStatus = answer.answered ? VerificationStatus.VERIFIED : VerificationStatus.PENDING;
  }
  const passwordHash = await deps.hasher.hash(fields.password);

  const started = await em
    .transactional(async (tx) => {
      const now = new Date();
      const user = tx.create(User, {
        id: randomUUID(),
        email: fields.email,
        name: fields.name,
        phone: fields.phone,
        passwordHash,
        role: input.role,
        storeName: store?.name ?? null,
        storeCategory: store?.category ?? null,
        storeRegion: store?.region ?? null,
        businessNumberCiphertext: store ? deps.cipher.encrypt(store.businessNumber, BUSINESS_NUMBER_PURPOSE) : null,
        businessNumberIndex: store?.blindIndex ?? null,
        verificationStatus,
        verificationUpdatedAt: store ? now : null,
        createdAt: now,
        updatedAt: now,
      });
      if (verificationStatus === VerificationStatus.PENDING) {
        await deps.queue.sendInTransaction<VerifyBusinessNumberJob>(tx, VERIFY_BUSINESS_NUMBER_JOB, { userId: user.id });
      }
      const session = deps.sessions.start(tx, user);
      await tx.flush();
      return session;
    })
    .catch((error: unknown) => {
      throw userConflict(error) ?? error;
    });
  return deps.sessions.complete(started);
}

/** The role's store rules, then the store's fields, ending with the business number's uniqueness. */
async function checkStore(deps: SignUpDeps, em: EntityManager, input: SignUpInput): Promise<CheckedStore | null> {
  if (input.role === 'CUSTOMER') {
    if (input.store) throw AppError.badInput('Customers do not register a store; sign up as a shop owner instead.', 'store');
    return null;
  }
  if (input.role !== 'OWNER') throw AppError.badInput('Sign up as a shop owner or a customer.', 'role');
  if (!input.store) throw AppError.badInput('A shop owner signs up with their store and its business number.', 'store');
  const name = valueOf(checkStoreName(input.store.name), 'store.name');
  const category = valueOf(checkStoreCategory(input.store.category), 'store.category');
  const region = valueOf(checkStoreRegion(input.store.region), 'store.region');
  const businessNumber = valueOf(parseBusinessNumber(input.store.businessNumber), 'store.businessNumber');
  const blindIndex = deps.blindIndex(BUSINESS_NUMBER_PURPOSE, businessNumber);
  if ((await em.count(User, { businessNumberIndex: blindIndex })) > 0) {
    throw AppError.conflict(CONFLICT_MESSAGES.businessNumber, 'store.businessNumber');
  }
  return { name, category, region, businessNumber, blindIndex };
}
