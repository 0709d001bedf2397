import { AppError, type AuthClaims } from '@attendgate/platform';

/** Operators and admins see every line (support work); a line's user sees their own. */
export function seesEveryLine(caller: AuthClaims): boolean {
  return caller.role === 'OPERATOR' || caller.role === 'ADMIN';
}

export function isAdmin(caller: AuthClaims): boolean {
  return caller.role === 'ADMIN';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is refused before it reaches Postgres (which would fail the whole query). */
export function isId(value: string): boolean {
  return UUID.test(value);
}

/** BAD_USER_INPUT naming the argument unless it is a UUID. */
export function requireId(value: string, field: string): string {
  if (!isId(value)) throw AppError.badInput('Expected an id (a UUID).', field);
  return value.toLowerCase();
}

/** What a person sees when an external system is down: no internals, a hint of what to do. */
export function carrierUnavailable(): AppError {
  return AppError.upstreamUnavailable("We cannot reach the carrier's system right now. Please try again in a few minutes.");
}

export function paymentGatewayUnavailable(): AppError {
  return AppError.upstreamUnavailable('We cannot reach the payment gateway right now. Please try again in a few minutes.');
}
