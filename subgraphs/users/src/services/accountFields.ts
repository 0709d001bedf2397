import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@attendgate/platform';
import type { Checked } from '../domain/checked.ts';
import { checkEmail } from '../domain/email.ts';
import { checkPassword } from '../domain/passwordPolicy.ts';
import { normaliseKoreanMobile } from '../domain/phone.ts';
import { checkPersonName } from '../domain/profile.ts';
import { User } from '../entities/index.ts';
import { CONFLICT_MESSAGES } from './uniqueConstraints.ts';

/** The fields every account has, as the client sent them. */
export interface AccountFieldsInput {
  email: string;
  password: string;
  name: string;
  phone: string;
}

/** The same fields cleaned: normalised e-mail and phone, NFKC password, tidied name. */
export type AccountFields = AccountFieldsInput;

/** The value of a check, or BAD_USER_INPUT naming the field. */
export function valueOf<T>(checked: Checked<T>, field: string): T {
  if (!checked.ok) throw AppError.badInput(checked.reason, field);
  return checked.value;
}

/**
 * Checks the fields every account has, in the order the sign-up design asks for (seed 004's change log: the
 * e-mail, format and uniqueness, first; then the phone, format and uniqueness; then the rest), so the first
 * problem reported is the one the user sees first on the form. Throws BAD_USER_INPUT or CONFLICT naming the
 * field; writes nothing.
 */
export async function checkAccountFields(em: EntityManager, input: AccountFieldsInput): Promise<AccountFields> {
  const email = valueOf(checkEmail(input.email), 'email');
  if ((await em.count(User, { email })) > 0) throw AppError.conflict(CONFLICT_MESSAGES.email, 'email');
  const phone = valueOf(normaliseKoreanMobile(input.phone), 'phone');
  if ((await em.count(User, { phone })) > 0) throw AppError.conflict(CONFLICT_MESSAGES.phone, 'phone');
  const password = valueOf(checkPassword(input.password, { email }), 'password');
  const name = valueOf(checkPersonName(input.name), 'name');
  return { email, phone, password, name };
}
