import { entrantListHash, type Entrant } from './entrantList.ts';
import { DRAW_ALGORITHM_VERSION, drawWinners, seedCommitment, type DrawRule } from './winnerDraw.ts';

/** A stored draw log, as verifyDraw reads it back. */
export interface DrawLog {
  algorithmVersion: string;
  seedHex: string;
  seedCommitment: string;
  entrantListHash: string;
  entrantCount: number;
  rule: DrawRule;
  /** Participation ids in the order drawn. */
  winnerIds: readonly string[];
}

export interface DrawVerificationResult {
  matches: boolean;
  /** The log names the algorithm this code implements. */
  algorithmKnown: boolean;
  /** SHA-256 of the revealed seed equals the commitment published before the draw. */
  seedMatchesCommitment: boolean;
  /** The entrants on record today hash to the logged entrant-list hash (none added, removed or altered). */
  entrantListMatches: boolean;
  /** Recomputing the draw from the seed and today's entrants gives the logged winners, in order. */
  winnersMatchLog: boolean;
  /** The entrants marked as winners are exactly the logged winners. */
  winnerFlagsMatchLog: boolean;
  recomputedWinnerIds: string[];
}

/**
 * Recomputes a draw from its log and the entrants on record, and says which part, if any, no longer fits:
 * a changed seed breaks the commitment, a changed entrant list (a row added, removed, or its store-visit
 * flag flipped) breaks the list hash, changed winners break the recomputation, and winner marks edited on
 * the entrants' rows break the last check.
 */
export function verifyDrawLog(log: DrawLog, entrants: readonly Entrant[], flaggedWinnerIds: readonly string[]): DrawVerificationResult {
  const algorithmKnown = log.algorithmVersion === DRAW_ALGORITHM_VERSION;
  const seed = /^[0-9a-f]+$/i.test(log.seedHex) && log.seedHex.length % 2 === 0 ? Buffer.from(log.seedHex, 'hex') : Buffer.alloc(0);
  const seedMatchesCommitment = seed.length > 0 && seedCommitment(seed) === log.seedCommitment;
  const entrantListMatches = entrants.length === log.entrantCount && entrantListHash(entrants) === log.entrantListHash;

  let recomputedWinnerIds: string[] = [];
  if (seed.length > 0 && log.winnerIds.length >= 1 && log.winnerIds.length <= entrants.length) {
    try {
      recomputedWinnerIds = drawWinners({ seed, entrants, winnerCount: log.winnerIds.length, rule: log.rule }).winners.map((w) => w.participationId);
    } catch {
      recomputedWinnerIds = [];
    }
  }
  const winnersMatchLog = sameList(recomputedWinnerIds, log.winnerIds);
  const winnerFlagsMatchLog = sameList([...flaggedWinnerIds].sort(), [...log.winnerIds].sort());
  return {
    matches: algorithmKnown && seedMatchesCommitment && entrantListMatches && winnersMatchLog && winnerFlagsMatchLog,
    algorithmKnown,
    seedMatchesCommitment,
    entrantListMatches,
    winnersMatchLog,
    winnerFlagsMatchLog,
    recomputedWinnerIds,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
