import { describe, expect, it } from 'vitest';
import { encodeCursor, pageRequest, toPage } from '../src/index.ts';

const limits = { defaultSize: 20, maxSize: 100 };

describe('cursor pagination', () => {
  it('defaults the page size and refuses sizes outside 1..max with BAD_USER_INPUT', () => {
    expect(pageRequest({}, limits, 2)).toEqual({ size: 20, after: undefined });
    for (const first of [0, -1, 101, 2.5]) {
      expect(() => pageRequest({ first }, limits, 2)).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }));
    }
  });

  it('round-trips the sort key through an opaque cursor and refuses a forged one', () => {
    const cursor = encodeCursor(['2026-12-01T00:00:00.000Z', 'id-7']);
    expect(pageRequest({ first: 5, after: cursor }, limits, 2).after).toEqual(['2026-12-01T00:00:00.000Z', 'id-7']);
    for (const after of ['not-base64-json', encodeCursor(['only-one']), encodeCursor([{ sql: 'x' }, 1])]) {
      expect(() => pageRequest({ after }, limits, 2)).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
    }
  });

  it('says whether there is a next page from the one extra row, and ends with the last row returned', () => {
    const request = pageRequest({ first: 2 }, limits, 1);
    const full = toPage([{ n: 1 }, { n: 2 }, { n: 3 }], request, (row) => [row.n]);
    expect(full).toEqual({ nodes: [{ n: 1 }, { n: 2 }], pageInfo: { hasNextPage: true, endCursor: encodeCursor([2]) } });
    expect(toPage([{ n: 9 }], request, (row) => [row.n]).pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor([9]) });
    expect(toPage([], request, (row: { n: number }) => [row.n]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
