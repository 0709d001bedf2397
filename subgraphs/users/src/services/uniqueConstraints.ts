import { conflictFromUniqueViolation, type AppError } from '@attendgate/platform';

/**
 * The unique constraints of the users schema (named in the migrations) and what each means to a client.
 * Checks before an insert give the common case its answer early; these turn the race that slips past them
 * (two sign-ups with the same e-mail at once) into the same CONFLICT instead of an internal error.
 */
const USER_CONSTRAINTS = {
  user_email_unique: { field: 'email', message: 'An account with this e-mail address already exists.' },
  user_phone_unique: { field: 'phone', message: 'An account with this phone number already exists.' },
  user_business_number_index_unique: { field: 'store.businessNumber', message: 'This business registration number is already registered.' },
};

export const CONFLICT_MESSAGES = {
  email: USER_CONSTRAINTS.user_email_unique.message,
  phone: USER_CONSTRAINTS.user_phone_unique.message,
  businessNumber: USER_CONSTRAINTS.user_business_number_index_unique.message,
};

export function userConflict(error: unknown): AppError | undefined {
  return conflictFromUniqueViolation(error, USER_CONSTRAINTS);
}
