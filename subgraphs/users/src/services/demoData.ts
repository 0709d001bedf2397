import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_USER_IDS, type BlindIndex, type FieldCipher, type Role } from '@attendgate/platform';
import { VerificationStatus } from '../domain/businessStatus.ts';
import { User } from '../entities/index.ts';
import { BUSINESS_NUMBER_PURPOSE } from './businessVerification.ts';
import type { PasswordHasher } from './passwordHasher.ts';
import { userConflict } from './uniqueConstraints.ts';

interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  name: string;
  phone: string;
  store?: { name: string; category: string; region: string; businessNumber: string };
}

/**
 * The demo accounts `npm start` creates, one per role. Fixed passwords are fine here: this data exists only
 * in development databases, and the launcher prints them so people can log in at once.
 *
 * The owner's business number is the tax-office simulator's first active demo number (valid checksum), and
 * the store is seeded VERIFIED without asking the tax office.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: 'OWNER',
    email: 'owner@demo.attendgate.dev',
    password: 'demo-owner-pass',
    name: '김사장',
    phone: '01000000001',
    store: { name: '데모 카페', category: 'cafe', region: '서울 강남구', businessNumber: '1208147521' },
  },
  { role: 'OPERATOR', email: 'operator@demo.attendgate.dev', password: 'demo-operator-pass', name: '박운영', phone: '01000000002' },
  { role: 'CUSTOMER', email: 'customer@demo.attendgate.dev', password: 'demo-customer-pass', name: '이고객', phone: '01000000003' },
  { role: 'ADMIN', email: 'admin@demo.attendgate.dev', password: 'demo-admin-pass', name: '최관리', phone: '01000000004' },
];

/**
 * Writes the demo accounts that do not exist yet (by e-mail), so running it again, or from two processes at
 * once, changes nothing. Returns lines for the launcher to print.
 */
export async function seedDemoUsers(
  deps: { hasher: PasswordHasher; cipher: FieldCipher; blindIndex: BlindIndex },
  em: EntityManager,
): Promise<string[]> {
  const lines = ['users: demo logins (e-mail / password)'];
  for (const account of DEMO_ACCOUNTS) {
    lines.push(`  ${account.role.padEnd(8)} ${account.email} / ${account.password}`);
    if ((await em.count(User, { email: account.email })) > 0) continue;
    const passwordHash = await deps.hasher.hash(account.password);
    const now = new Date();
    const { store } = account;
    await em
      .transactional(async (tx) => {
        tx.create(User, {
          // Fixed ids, so other subgraphs' demo data can refer to these accounts (platform demoIds.ts).
          id: DEMO_USER_IDS[account.role],
          email: account.email,
          name: account.name,
          phone: account.phone,
          passwordHash,
          role: account.role,
          storeName: store?.name ?? null,
          storeCategory: store?.category ?? null,
          storeRegion: store?.region ?? null,
          businessNumberCiphertext: store ? deps.cipher.encrypt(store.businessNumber, BUSINESS_NUMBER_PURPOSE) : null,
          businessNumberIndex: store ? deps.blindIndex(BUSINESS_NUMBER_PURPOSE, store.businessNumber) : null,
          verificationStatus: store ? VerificationStatus.VERIFIED : null,
          verificationUpdatedAt: store ? now : null,
          createdAt: now,
          updatedAt: now,
        });
        await tx.flush();
      })
      .catch((error: unknown) => {
        // Another process seeded the same account meanwhile (or a real user holds the phone): leave it.
        if (!userConflict(error)) throw error;
      });
  }
  return lines;
}
