import { maskBusinessNumber, maskEmail, maskName, maskPhone } from '../crypto/masking.ts';

/** Keys whose values are secrets: never logged in any form. */
const SECRET_KEYS = new Set([
  'password', 'newpassword', 'currentpassword', 'passwordhash', 'token', 'accesstoken', 'refreshtoken',
  'authorization', 'cookie', 'secret', 'apikey', 'clientsecret', 'privatekey', 'signature',
]);

/** Keys whose values are personal data: logged masked, so support can still tell records apart. */
const PII_MASKERS: Record<string, (value: string) => string> = {
  email: maskEmail,
  phone: maskPhone,
  phonenumber: maskPhone,
  name: maskName,
  fullname: maskName,
  businessnumber: maskBusinessNumber,
};

const MAX_DEPTH = 6;

/** Keys under which pino's serializers put errors. */
const ERROR_KEYS = new Set(['err', 'error']);

function redactError(error: Record<string, unknown>, depth: number): unknown {
  if (error instanceof Error) return error;
  const { name, type, ...rest } = error;
  return { ...(redactPii(rest, depth) as Record<string, unknown>), ...(type === undefined ? {} : { type }), ...(name === undefined ? {} : { name }) };
}

/**
 * Returns a copy of a log record with secrets removed and personal data masked, at any depth.
 *
 * pino's own `redact` needs every path spelled out and cannot mask by shape; services log domain objects
 * whose PII can sit anywhere, so we walk the record instead (bounded in depth, and only plain objects and
 * arrays, so it stays cheap).
 */
export function redactPii(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => redactPii(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const normalised = key.toLowerCase().replace(/[_-]/g, '');
    // A serialized error's `name` is its class (TypeError), not a person's name.
    if (ERROR_KEYS.has(normalised) && item && typeof item === 'object') out[key] = redactError(item as Record<string, unknown>, depth + 1);
    else if (SECRET_KEYS.has(normalised)) out[key] = '[REDACTED]';
    else if (typeof item === 'string' && PII_MASKERS[normalised]) out[key] = PII_MASKERS[normalised](item);
    else out[key] = redactPii(item, depth + 1);
  }
  return out;
}
