import { describe, expect, it } from 'vitest';
import { DEMO_USER_IDS, ROLES } from '../src/index.ts';

describe('demo user ids', () => {
  it('name one distinct UUID per role, so every subgraph seeds demo data for the same accounts', () => {
    expect(Object.keys(DEMO_USER_IDS).sort()).toEqual([...ROLES].sort());
    const ids = Object.values(DEMO_USER_IDS);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
