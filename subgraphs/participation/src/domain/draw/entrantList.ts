import { createHash } from 'node:crypto';

/** One entrant as the draw sees it: no personal data, only what decides and identifies the outcome. */
export interface Entrant {
  participationId: string;
  entryNumber: string;
  storeVisited: boolean;
}

/**
 * The entrants in canonical order (by participation id, compared as plain strings), so the same set of
 * entrants always gives the same list and the same hash, whatever order the database returned them in.
 */
export function canonicalEntrants(entrants: readonly Entrant[]): Entrant[] {
  return [...entrants].sort((a, b) => (a.participationId < b.participationId ? -1 : a.participationId > b.participationId ? 1 : 0));
}

/**
 * SHA-256 (hex) of the canonical entrant list, one line per entrant: `<participation id>,<entry number>,<1 if
 * the entrant visited the store else 0>`, lines joined by "\n". The store-visit flag is in it because it
 * changes the odds: flipping one after the draw changes the hash, and verifyDraw notices.
 */
export function entrantListHash(entrants: readonly Entrant[]): string {
  const hash = createHash('sha256');
  canonicalEntrants(entrants).forEach((entrant, index) => {
    hash.update(`${index ? '\n' : ''}${entrant.participationId},${entrant.entryNumber},${entrant.storeVisited ? 1 : 0}`);
  });
  return hash.digest('hex');
}
