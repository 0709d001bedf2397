import { describe, expect, it } from 'vitest';
import { createBatcher } from '../src/index.ts';

describe('the entry batcher (group commit)', () => {
  it('writes items submitted together as one batch and gives each its own result', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher<number, number>({ windowMs: 5, maxItems: 100, maxInFlight: 2 }, async (items) => {
      batches.push([...items]);
      return items.map((item) => item * 2);
    });
    expect(await Promise.all([1, 2, 3].map((item) => batcher.submit(item)))).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('writes a full batch at once, without waiting out the window', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher<number, number>({ windowMs: 60_000, maxItems: 2, maxInFlight: 2 }, async (items) => {
      batches.push([...items]);
      return [...items];
    });
    expect(await Promise.all([1, 2, 3, 4].map((item) => batcher.submit(item)))).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1, 2], [3, 4]]);
  });

  it('writes the items of a failed batch one by one, so only an item that fails alone fails', async () => {
    const batcher = createBatcher<number, number>({ windowMs: 1, maxItems: 100, maxInFlight: 2 }, async (items) => {
      if (items.includes(13)) throw new Error(items.length > 1 ? 'the batch failed' : 'thirteen fails alone');
      return [...items];
    });
    const results = await Promise.allSettled([12, 13, 14].map((item) => batcher.submit(item)));
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual([12, 'thirteen fails alone', 14]);
  });

  it('gathers what arrives while the batches in flight are written into the next batch', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher<number, number>({ windowMs: 0, maxItems: 100, maxInFlight: 1 }, async (items) => {
      batches.push([...items]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return [...items];
    });
    const first = batcher.submit(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const rest = [2, 3, 4].map((item) => batcher.submit(item));
    expect(await Promise.all([first, ...rest])).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });
});
