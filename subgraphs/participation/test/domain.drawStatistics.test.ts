import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Entrant } from '../src/domain/draw/entrantList.ts';
import { createRandomStream, uniformBelow } from '../src/domain/draw/randomStream.ts';
import { drawWinners } from '../src/domain/draw/winnerDraw.ts';
import { CHI_SQUARE_CRITICAL_P001, chiSquare, countBy } from './support/chiSquare.ts';

/**
 * Statistical properties of the draw over many draws with small n. Seeds are derived from a fixed label, so
 * every run sees the same draws and the tests are deterministic; each statistic is compared with the
 * chi-square critical value at p = 0.001.
 */
const seedOf = (label: string, i: number) => createHash('sha256').update(`${label}:${i}`).digest();
const entrant = (id: string, storeVisited = false): Entrant => ({ participationId: id, entryNumber: `${id}-0`, storeVisited });

function permutations(items: string[]): string[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('draw statistics', () => {
  const four = ['a', 'b', 'c', 'd'].map((id) => entrant(id));

  it('without the bonus, every order of four entrants is equally likely (chi-square over 24,000 draws)', () => {
    const draws = 24_000;
    const orders = Array.from({ length: draws }, (_, i) =>
      drawWinners({ seed: seedOf('uniform', i), entrants: four, winnerCount: 4, rule: { visitBonus: false, visitorTickets: 2 } }).winners.map((w) => w.participationId).join(''),
    );
    const expected = new Map(permutations(['a', 'b', 'c', 'd']).map((order) => [order.join(''), draws / 24]));
    expect(chiSquare(countBy(orders, (o) => o), expected)).toBeLessThan(CHI_SQUARE_CRITICAL_P001[23]!);
  });

  it('the same test rejects the classic biased shuffle (swap with any position), so it has the power to notice', () => {
    const draws = 24_000;
    const orders = Array.from({ length: draws }, (_, i) => {
      const stream = createRandomStream(seedOf('naive', i));
      const items = ['a', 'b', 'c', 'd'];
      for (let k = 0; k < items.length; k++) {
        const j = uniformBelow(items.length, () => stream.nextUint32());
        [items[k], items[j]] = [items[j]!, items[k]!];
      }
      return items.join('');
    });
    const expected = new Map(permutations(['a', 'b', 'c', 'd']).map((order) => [order.join(''), draws / 24]));
    expect(chiSquare(countBy(orders, (o) => o), expected)).toBeGreaterThan(CHI_SQUARE_CRITICAL_P001[23]!);
  });

  it('with the bonus, a store visitor holding two tickets wins a single prize twice as often (2/6 against 1/6)', () => {
    const draws = 30_000;
    const entrants = [entrant('v1', true), entrant('v2', true), entrant('n1'), entrant('n2')];
    const rule = { visitBonus: true, visitorTickets: 2 };
    const winners = Array.from({ length: draws }, (_, i) => drawWinners({ seed: seedOf('bonus', i), entrants, winnerCount: 1, rule }).winners[0]!.participationId);
    const observed = countBy(winners, (w) => w);
    const expected = new Map([['v1', draws * (2 / 6)], ['v2', draws * (2 / 6)], ['n1', draws / 6], ['n2', draws / 6]]);
    expect(chiSquare(observed, expected)).toBeLessThan(CHI_SQUARE_CRITICAL_P001[3]!);
    // And the same draws without the bonus are uniform, so the difference is the bonus.
    const plain = Array.from({ length: draws }, (_, i) => drawWinners({ seed: seedOf('bonus', i), entrants, winnerCount: 1, rule: { visitBonus: false, visitorTickets: 2 } }).winners[0]!.participationId);
    expect(chiSquare(countBy(plain, (w) => w), new Map(['v1', 'v2', 'n1', 'n2'].map((id) => [id, draws / 4])))).toBeLessThan(CHI_SQUARE_CRITICAL_P001[3]!);
    const visitorShare = ((observed.get('v1') ?? 0) + (observed.get('v2') ?? 0)) / draws;
    expect(visitorShare).toBeGreaterThan(0.64);
    expect(visitorShare).toBeLessThan(0.69);
  });

  it('with the bonus, two winners follow weighted sampling without replacement (every pair at its documented odds)', () => {
    const draws = 30_000;
    const weights: Record<string, number> = { v1: 2, v2: 2, n1: 1, n2: 1 };
    const entrants = Object.keys(weights).map((id) => entrant(id, weights[id] === 2));
    const pairs = Array.from({ length: draws }, (_, i) =>
      drawWinners({ seed: seedOf('pairs', i), entrants, winnerCount: 2, rule: { visitBonus: true, visitorTickets: 2 } }).winners.map((w) => w.participationId).sort().join('+'),
    );
    // P({i, j}) = w_i/W · w_j/(W - w_i) + w_j/W · w_i/(W - w_j), W = 6.
    const ids = Object.keys(weights);
    const expected = new Map<string, number>();
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const [i, j] = [ids[a]!, ids[b]!].sort() as [string, string];
        const [wi, wj] = [weights[i]!, weights[j]!];
        expected.set(`${i}+${j}`, draws * ((wi / 6) * (wj / (6 - wi)) + (wj / 6) * (wi / (6 - wj))));
      }
    }
    expect(chiSquare(countBy(pairs, (p) => p), expected)).toBeLessThan(CHI_SQUARE_CRITICAL_P001[5]!);
  });
});
