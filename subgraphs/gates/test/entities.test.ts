import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedSubgraphRequest } from '@attendgate/gateway/testing';
import { setUpVenue, type VenueSetup } from './support/fixtures.ts';
import { startGatesStack, type GatesStack } from './support/stack.ts';

let stack: GatesStack;
let setup: VenueSetup;
beforeAll(async () => {
  stack = await startGatesStack();
  setup = await setUpVenue(stack, { gates: [{ direction: 'IN' }, { direction: 'IN' }, { direction: 'OUT' }, { direction: 'BOTH' }] });
});
afterAll(async () => stack?.stop());

/** An entity fetch as the gateway sends it (signed), with the caller's token. */
async function entities(representations: object[], selection: string, token: string) {
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
  return signedSubgraphRequest<{ _entities: any[] }>(stack.subgraph.url, stack.env.SUBGRAPH_SIGNING_SECRET!, { query, variables: { r: representations } }, `Bearer ${token}`);
}

describe('entity fetches', () => {
  it('resolve a batch of gates with one query per hop (gates, their venues, their beacons), in order, unknown ids as null', async () => {
    const operator = await stack.tokenFor('OPERATOR');
    const find = vi.spyOn(stack.subgraph.runtime.orm.em.getDriver(), 'find');
    try {
      const ids = [...setup.gates.map((g) => g.id), randomUUID(), 'not-a-uuid'];
      const result = await entities(ids.map((id) => ({ __typename: 'Gate', id })), '... on Gate { id state venue { id } beacons { major } }', operator);
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data!._entities.map((gate) => gate?.id ?? null)).toEqual([...setup.gates.map((g) => g.id), null, null]);
      expect(result.body.data!._entities[0].venue.id).toBe(setup.venueId);
      expect(find).toHaveBeenCalledTimes(3);
    } finally {
      find.mockRestore();
    }
  });

  it('apply the same rules as queries: a customer sees what a gate is, not its state', async () => {
    const customer = await stack.tokenFor('CUSTOMER');
    const result = await entities([{ __typename: 'Gate', id: setup.gates[0]!.id }, { __typename: 'Venue', id: setup.venueId }], '... on Gate { name state } ... on Venue { name occupancy }', customer);
    expect(result.body.data!._entities).toEqual([{ name: 'Gate 1', state: null }, { name: expect.any(String), occupancy: null }]);
    expect(result.body.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
