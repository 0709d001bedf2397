import { createHash, createHmac } from 'node:crypto';
import { canonicalEntrants, entrantListHash, type Entrant } from './entrantList.ts';
import { createRandomStream, uniformBelow } from './randomStream.ts';

/**
 * The winner draw (UFR-PART-030), as a pure function of a committed seed, the entrant list and the rule.
 *
 * 1. Before drawing, a 32-byte seed from crypto.randomBytes is committed to: its SHA-256 is stored and shown
 *    (`Event.drawSeedCommitment`) before the draw happens, so the seed cannot be changed afterwards.
 * 2. The entrants are put in canonical order and hashed (entrantList.ts).
 * 3. The draw key is HMAC-SHA256(seed, "attendgate-draw/v1" ‖ 0x00 ‖ entrant-list hash): the outcome depends
 *    on the seed and on exactly this list, and a seed chosen before the list was known cannot be aimed at
 *    an outcome for it.
 * 4. Tickets: every entrant holds one ticket; with the store-visit bonus, an entrant who visited the store
 *    holds `visitorTickets` (2 by default). Tickets are listed entrant by entrant in canonical order.
 * 5. A Fisher-Yates shuffle of the tickets, driven by the draw key's HMAC-SHA256 counter stream with
 *    rejection sampling (no modulo bias), run step by step: step i swaps ticket i with a uniformly chosen
 *    ticket among positions i..T-1. The winners are the entrants in the order their first ticket comes up,
 *    until `winnerCount` distinct entrants are found.
 *
 * The bonus rule, exactly: the shuffled ticket order is a uniformly random permutation, so each next winner is
 * drawn from the entrants not yet drawn with probability proportional to their tickets: weighted sampling
 * without replacement with weight `visitorTickets` for store visitors and 1 for everyone else. For a single
 * prize, a visitor's chance is visitorTickets / (entrants + (visitorTickets - 1) × visitors), e.g. 2/6 against
 * 1/6 with two visitors among four entrants. Without the bonus every entrant holds one ticket and this is a
 * plain uniform Fisher-Yates shuffle of the entrants.
 */
export const DRAW_ALGORITHM_VERSION = 'attendgate-draw/v1 (fisher-yates over tickets, hmac-sha256 counter stream, rejection sampling)';

/** Bytes of seed: 256 bits, far beyond any brute force. */
export const DRAW_SEED_BYTES = 32;

const KEY_CONTEXT = 'attendgate-draw/v1';

export interface DrawRule {
  visitBonus: boolean;
  /** Tickets a store visitor holds when the bonus applies (an integer ≥ 1; 1 means no advantage). */
  visitorTickets: number;
}

export interface DrawInput {
  seed: Buffer;
  entrants: readonly Entrant[];
  winnerCount: number;
  rule: DrawRule;
}

export interface DrawOutcome {
  entrantListHash: string;
  /** In the order drawn: the first is the first prize, if prizes are ranked. */
  winners: Entrant[];
}

/** SHA-256 (hex) of the seed bytes: what is published before the draw. */
export function seedCommitment(seed: Buffer): string {
  return createHash('sha256').update(seed).digest('hex');
}

export function drawWinners(input: DrawInput): DrawOutcome {
  const { seed, winnerCount, rule } = input;
  if (!Number.isSafeInteger(rule.visitorTickets) || rule.visitorTickets < 1) throw new RangeError('visitorTickets must be a positive integer');
  const entrants = canonicalEntrants(input.entrants);
  if (!Number.isSafeInteger(winnerCount) || winnerCount < 1 || winnerCount > entrants.length) {
    throw new RangeError(`winnerCount must be between 1 and the ${entrants.length} entrants`);
  }
  const listHash = entrantListHash(entrants);
  const key = createHmac('sha256', seed).update(KEY_CONTEXT).update('\u0000').update(listHash).digest();
  const stream = createRandomStream(key);

  const tickets: number[] = [];
  entrants.forEach((entrant, index) => {
    const count = rule.visitBonus && entrant.storeVisited ? rule.visitorTickets : 1;
    for (let t = 0; t < count; t++) tickets.push(index);
  });

  const drawn = new Set<number>();
  const winners: Entrant[] = [];
  for (let i = 0; winners.length < winnerCount; i++) {
    const j = i + uniformBelow(tickets.length - i, () => stream.nextUint32());
    const ticket = tickets[j]!;
    tickets[j] = tickets[i]!;
    tickets[i] = ticket;
    if (!drawn.has(ticket)) {
      drawn.add(ticket);
      winners.push(entrants[ticket]!);
    }
  }
  return { entrantListHash: listHash, winners };
}
