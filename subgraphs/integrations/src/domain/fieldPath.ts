/**
 * Field paths of mapping rules: dot-separated names (`contact.email`), with array indexes in source paths
 * (`winners.0.entryNumber`). Names that would reach an object's prototype are refused, because rules are data
 * written by users and a target of `__proto__.isAdmin` must not pollute every object in the process.
 */
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const INDEX = /^(0|[1-9][0-9]{0,4})$/;
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** Longest path a rule may name, in segments. */
export const MAX_PATH_SEGMENTS = 10;

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Why a path is not valid, or undefined when it is. `allowIndexes` is true for source paths. */
export function pathProblem(path: unknown, allowIndexes: boolean): string | undefined {
  if (typeof path !== 'string' || path.length === 0) return 'must be a non-empty path such as "contact.email"';
  const segments = path.split('.');
  if (segments.length > MAX_PATH_SEGMENTS) return `may have at most ${MAX_PATH_SEGMENTS} segments`;
  for (const segment of segments) {
    if (FORBIDDEN.has(segment)) return `may not use the name "${segment}"`;
    if (SEGMENT.test(segment)) continue;
    if (allowIndexes && INDEX.test(segment)) continue;
    return `has an invalid segment "${segment}"`;
  }
  return undefined;
}

/** The value at `path` in a JSON document; undefined when any step is missing. Own properties only. */
export function readPath(document: unknown, path: string): Json | undefined {
  let current: unknown = document;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current as Json | undefined;
}

/** Writes `value` at `path`, creating the objects on the way. Paths were validated when the rules were saved. */
export function writePath(target: Record<string, Json>, path: string, value: Json): void {
  const segments = path.split('.');
  let current: Record<string, Json> = target;
  for (const segment of segments.slice(0, -1)) {
    const next = current[segment];
    if (next === undefined || next === null || typeof next !== 'object' || Array.isArray(next)) current[segment] = {};
    current = current[segment] as Record<string, Json>;
  }
  current[segments.at(-1)!] = value;
}

/** True when one path is a prefix of the other (`a` and `a.b`): writing both would overwrite one of them. */
export function pathsOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}
