import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type FieldCipher, type Logger } from '@attendgate/platform';
import { VerificationStatus, verificationFor } from '../domain/businessStatus.ts';
import { User } from '../entities/index.ts';
import { BUSINESS_NUMBER_PURPOSE, type BusinessVerification } from './businessVerification.ts';

/** Stores listed for staff at most per page. */
export const REVIEW_PAGE_MAX = 100;

/**
 * Settles a PENDING verification in the background (the job's work): the cache, else the tax office with
 * retries and backoff; a definite answer gives VERIFIED or REJECTED, no answer after every retry gives
 * PENDING_MANUAL_REVIEW (seed 002's fallback). Idempotent: only a row still PENDING is changed, so a
 * redelivered job, or a staff decision made meanwhile, is never overwritten.
 */
export async function settlePendingVerification(
  deps: { verification: BusinessVerification; cipher: FieldCipher; logger: Logger },
  em: EntityManager,
  userId: string,
): Promise<VerificationStatus | null> {
  const user = await em.findOne(User, { id: userId });
  if (!user || user.verificationStatus !== VerificationStatus.PENDING || !user.businessNumberCiphertext || !user.businessNumberIndex) return null;
  const businessNumber = deps.cipher.decrypt(user.businessNumberCiphertext, BUSINESS_NUMBER_PURPOSE);
  const answer = await deps.verification.askWithRetries(businessNumber, user.businessNumberIndex);
  const status = answer.answered ? verificationFor(answer.status) : VerificationStatus.PENDING_MANUAL_REVIEW;
  const changed = await em.nativeUpdate(
    User,
    { id: userId, verificationStatus: VerificationStatus.PENDING },
    { verificationStatus: status, verificationUpdatedAt: new Date() },
  );
  if (changed) deps.logger.info({ userId, verificationStatus: status }, 'business verification settled');
  return changed ? status : null;
}

/** Staff settle a store by hand (after checking documents), typically one awaiting manual review. */
export async function reviewVerification(em: EntityManager, userId: string, decision: 'VERIFIED' | 'REJECTED'): Promise<User> {
  const user = await em.findOne(User, { id: userId });
  if (!user || !user.businessNumberCiphertext) throw AppError.notFound('A store with this owner');
  user.verificationStatus = decision;
  user.verificationUpdatedAt = new Date();
  await em.flush();
  return user;
}

/** Stores waiting for staff, oldest first. */
export function storesAwaitingReview(em: EntityManager, first: number): Promise<User[]> {
  return em.find(
    User,
    { verificationStatus: VerificationStatus.PENDING_MANUAL_REVIEW },
    { orderBy: { createdAt: 'asc' }, limit: Math.min(Math.max(first, 1), REVIEW_PAGE_MAX) },
  );
}
