const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for ids that can exist; others are answered "not found" without asking Postgres (which would fail). */
export function isUuid(id: string): boolean {
  return UUID_PATTERN.test(id);
}

/**
 * Timestamps from hand-written SQL: MikroORM leaves Postgres' timestamptz text unparsed (it hydrates
 * entities itself), so raw rows carry strings; this gives a Date either way.
 */
export function asDate(value: Date | string): Date;
export function asDate(value: Date | string | null): Date | null;
export function asDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/**
 * A list of UUIDs as one Postgres array literal (`{…}`), for `?::uuid[]` in hand-written SQL: MikroORM
 * expands a JS array bound to `?` into a comma-separated list, which `any()` and `unnest()` cannot take.
 * Only well-formed UUIDs get here (they contain no characters that need quoting); anything else throws.
 */
export function uuidArray(ids: readonly string[]): string {
  for (const id of ids) if (!isUuid(id)) throw new Error('uuidArray takes UUIDs only');
  return `{${ids.join(',')}}`;
}
