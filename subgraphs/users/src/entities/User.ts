import { defineEntity, p } from '@mikro-orm/postgresql';
import { ROLES } from '@attendgate/platform';
import { VERIFICATION_STATUSES } from '../domain/businessStatus.ts';

/**
 * An account, and for shop owners their store (one store per owner, so its columns live on this row: loading
 * a user, store included, is always one statement, which is what the entity DataLoader promises).
 *
 * Uniqueness is enforced by named constraints (see uniqueConstraints.ts), because only the database can
 * settle two sign-ups racing with the same e-mail, phone or business number. The business number is stored
 * encrypted (AES-256-GCM, associated data naming the column) and found through its keyed blind index.
 */
export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'user',
  properties: {
    id: p.uuid().primary(),
    /** Normalised (lower-case), see domain/email.ts. */
    email: p.string().length(254),
    name: p.string().length(100),
    /** Digits only, domestic form (01012345678), see domain/phone.ts. */
    phone: p.string().length(11),
    /** argon2id PHC string; never leaves this subgraph. */
    passwordHash: p.text().hidden(),
    role: p.enum(ROLES),
    storeName: p.string().length(100).nullable(),
    storeCategory: p.string().length(50).nullable(),
    storeRegion: p.string().length(100).nullable(),
    /** `v1:<keyId>:<…>` from the platform field cipher. */
    businessNumberCiphertext: p.text().nullable().hidden(),
    /** Keyed HMAC of the ten digits (purpose `users.business_number`): duplicate checks and cache keys. */
    businessNumberIndex: p.string().length(64).nullable().hidden(),
    verificationStatus: p.enum(VERIFICATION_STATUSES).nullable(),
    /** When the verification last changed (tax-office answer, job outcome or staff review). */
    verificationUpdatedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [
    { name: 'user_email_unique', properties: ['email'] },
    { name: 'user_phone_unique', properties: ['phone'] },
    { name: 'user_business_number_index_unique', properties: ['businessNumberIndex'] },
  ],
  indexes: [{ name: 'user_verification_status_index', properties: ['verificationStatus'] }],
});

export class User extends UserSchema.class {}
UserSchema.setClass(User);
