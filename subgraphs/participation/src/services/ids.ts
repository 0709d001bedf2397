const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for ids that can exist; others are answered "not found" without asking Postgres (which would fail). */
export function isUuid(id: string): boolean {
  return UUID_PATTERN.test(id);
}
