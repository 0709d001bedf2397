import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyDrawLog, type DrawLog } from '../src/domain/draw/drawVerification.ts';
import { entrantListHash, type Entrant } from '../src/domain/draw/entrantList.ts';
import { createRandomStream, uniformBelow } from '../src/domain/draw/randomStream.ts';
import { DRAW_ALGORITHM_VERSION, drawWinners, seedCommitment } from '../src/domain/draw/winnerDraw.ts';

const seed = (label: string) => createHash('sha256').update(label).digest();
const entrant = (i: number, storeVisited = false): Entrant => ({
  participationId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  entryNumber: `${String(i).padStart(4, '0')}-0`,
  storeVisited,
});
const entrants = Array.from({ length: 30 }, (_, i) => entrant(i + 1, i % 3 === 0));
const noBonus = { visitBonus: false, visitorTickets: 2 };

describe('the random stream', () => {
  it('is HMAC-SHA256 of a 64-bit big-endian counter, 32 bits at a time', async () => {
    const { createHmac } = await import('node:crypto');
    const key = seed('key');
    const stream = createRandomStream(key);
    const block0 = createHmac('sha256', key).update(Buffer.alloc(8)).digest();
    const counter1 = Buffer.alloc(8);
    counter1.writeBigUInt64BE(1n);
    const block1 = createHmac('sha256', key).update(counter1).digest();
    const values = Array.from({ length: 9 }, () => stream.nextUint32());
    expect(values.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => block0.readUInt32BE(i * 4)));
    expect(values[8]).toBe(block1.readUInt32BE(0));
  });

  it('gives integers without modulo bias: over a whole 8-bit source every result has equally many source values', () => {
    for (const n of [3, 5, 7, 100, 129, 255]) {
      const counts = new Array<number>(n).fill(0);
      let rejected = 0;
      for (let value = 0; value < 256; value++) {
        // One source value per call; a rejected value makes the sampler ask again, which ends the call.
        let asked = 0;
        const once = () => {
          if (asked++ > 0) throw new Error('rejected');
          return value;
        };
        try {
          counts[uniformBelow(n, once, 8)]!++;
        } catch {
          rejected++;
        }
      }
      expect(new Set(counts), `n=${n}`).toEqual(new Set([Math.floor(256 / n)]));
      expect(rejected, `n=${n}`).toBe(256 % n);
    }
  });

  it('refuses ranges it cannot draw from', () => {
    expect(() => uniformBelow(0, () => 0)).toThrow(RangeError);
    expect(() => uniformBelow(257, () => 0, 8)).toThrow(RangeError);
    expect(uniformBelow(1, () => 12345)).toBe(0);
  });
});

describe('the winner draw', () => {
  it('is a pure function of the seed, the set of entrants and the rule', () => {
    const first = drawWinners({ seed: seed('a'), entrants, winnerCount: 5, rule: noBonus });
    const shuffledInput = [...entrants].reverse();
    expect(drawWinners({ seed: seed('a'), entrants: shuffledInput, winnerCount: 5, rule: noBonus })).toEqual(first);
    expect(drawWinners({ seed: seed('b'), entrants, winnerCount: 5, rule: noBonus }).winners).not.toEqual(first.winners);
    expect(first.entrantListHash).toBe(entrantListHash(entrants));
  });

  it('picks distinct entrants, as many as asked, up to every entrant', () => {
    for (const count of [1, 2, 10, 30]) {
      const { winners } = drawWinners({ seed: seed(`n${count}`), entrants, winnerCount: count, rule: { visitBonus: true, visitorTickets: 3 } });
      expect(winners).toHaveLength(count);
      expect(new Set(winners.map((w) => w.participationId)).size).toBe(count);
    }
  });

  it('depends on the entrant list: one more entrant changes the outcome', () => {
    const before = drawWinners({ seed: seed('c'), entrants, winnerCount: 5, rule: noBonus });
    const after = drawWinners({ seed: seed('c'), entrants: [...entrants, entrant(99)], winnerCount: 5, rule: noBonus });
    expect(after.entrantListHash).not.toBe(before.entrantListHash);
    expect(after.winners).not.toEqual(before.winners);
  });

  it('hashes the store-visit flag, which changes the odds', () => {
    const flipped = entrants.map((e, i) => (i === 0 ? { ...e, storeVisited: !e.storeVisited } : e));
    expect(entrantListHash(flipped)).not.toBe(entrantListHash(entrants));
  });

  it('refuses a winner count outside 1..entrants and a bad ticket count', () => {
    expect(() => drawWinners({ seed: seed('d'), entrants, winnerCount: 0, rule: noBonus })).toThrow(RangeError);
    expect(() => drawWinners({ seed: seed('d'), entrants, winnerCount: 31, rule: noBonus })).toThrow(RangeError);
    expect(() => drawWinners({ seed: seed('d'), entrants, winnerCount: 1, rule: { visitBonus: true, visitorTickets: 0 } })).toThrow(RangeError);
  });

  it('publishes SHA-256 of the seed as the commitment', () => {
    expect(seedCommitment(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('verifying a draw log', () => {
  const drawSeed = seed('log');
  const rule = { visitBonus: true, visitorTickets: 2 };
  const outcome = drawWinners({ seed: drawSeed, entrants, winnerCount: 3, rule });
  const log: DrawLog = {
    algorithmVersion: DRAW_ALGORITHM_VERSION,
    seedHex: drawSeed.toString('hex'),
    seedCommitment: seedCommitment(drawSeed),
    entrantListHash: outcome.entrantListHash,
    entrantCount: entrants.length,
    rule,
    winnerIds: outcome.winners.map((w) => w.participationId),
  };
  const flagged = log.winnerIds;

  it('matches an untouched log', () => {
    expect(verifyDrawLog(log, entrants, flagged)).toMatchObject({ matches: true, seedMatchesCommitment: true, entrantListMatches: true, winnersMatchLog: true, winnerFlagsMatchLog: true });
  });

  it('notices a replaced seed, edited winners, an altered entrant and edited winner marks', () => {
    const otherSeed = seed('other').toString('hex');
    expect(verifyDrawLog({ ...log, seedHex: otherSeed }, entrants, flagged)).toMatchObject({ matches: false, seedMatchesCommitment: false });
    expect(verifyDrawLog({ ...log, winnerIds: [entrants[29]!.participationId, ...log.winnerIds.slice(1)] }, entrants, flagged)).toMatchObject({ matches: false, winnersMatchLog: false });
    const altered = entrants.map((e, i) => (i === 5 ? { ...e, storeVisited: !e.storeVisited } : e));
    expect(verifyDrawLog(log, altered, flagged)).toMatchObject({ matches: false, entrantListMatches: false });
    expect(verifyDrawLog(log, entrants, [...flagged.slice(1), entrants[29]!.participationId])).toMatchObject({ matches: false, winnerFlagsMatchLog: false });
    expect(verifyDrawLog({ ...log, rule: { visitBonus: false, visitorTickets: 2 } }, entrants, flagged).winnersMatchLog).toBe(false);
    expect(verifyDrawLog({ ...log, algorithmVersion: 'something else' }, entrants, flagged)).toMatchObject({ matches: false, algorithmKnown: false });
  });
});
