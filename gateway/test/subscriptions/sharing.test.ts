import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../src/testing/index.ts';
import { readingsState } from '../fixtures/federation/readings/readingsSubgraph.ts';
import { sensorsState } from '../fixtures/federation/sensors/sensorsSubgraph.ts';
import { sitesState } from '../fixtures/federation/sites/sitesSubgraph.ts';
import { collect, gatewayClient, metric, publishReading, startFederationStack, until } from './support.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startFederationStack();
});
afterAll(() => stack?.stop());

const WATCH = 'subscription($s: ID!) { readingAdded(sensorId: $s) { value sensor { name site { city } } } }';

async function upstreams(count: number) {
  await until(async () => (await metric(stack, 'ag_gateway_upstream_subscriptions_active')) === count);
  // The subgraph registers its bus subscription a moment after it acknowledged the subscribe message.
  await new Promise((r) => setTimeout(r, 150));
}

describe('sharing between identical subscriptions', () => {
  it('N clients with the same subscription share one upstream subscription and one entity fetch per event', async () => {
    const clients = Array.from({ length: 5 }, () => gatewayClient(stack));
    const subscribeCalls = readingsState.subscribeCalls;
    const streams = clients.map((client) => collect(client, { query: WATCH, variables: { s: 'shared' } }));
    await until(async () => (await metric(stack, 'ag_gateway_subscriptions_active')) === 5);
    await upstreams(1);
    expect(readingsState.subscribeCalls - subscribeCalls).toBe(1);
    expect(await metric(stack, 'ag_gateway_subscription_groups_active')).toBe(1);

    const sensorFetches = sensorsState.references;
    const siteFetches = sitesState.references;
    await publishReading(stack, 'shared', 1);
    await publishReading(stack, 'shared', 2);
    for (const stream of streams) {
      const events = await stream.waitFor(2);
      expect(events.map((e) => e.data)).toEqual([
        { readingAdded: { value: 1, sensor: { name: 'Sensor shared', site: { city: 'Seoul' } } } },
        { readingAdded: { value: 2, sensor: { name: 'Sensor shared', site: { city: 'Seoul' } } } },
      ]);
    }
    expect(sensorsState.references - sensorFetches).toBe(2);
    expect(sitesState.references - siteFetches).toBe(2);

    streams.forEach((s) => s.dispose());
    await Promise.all(clients.map((c) => c.dispose()));
    await upstreams(0);
  });

  it('documents that differ only in other subgraphs\' fields get their own execution but share the upstream subscription', async () => {
    const a = gatewayClient(stack);
    const b = gatewayClient(stack);
    // Both documents need the same root fetch (value and the sensor's key); they differ in the entity fields.
    const full = collect(a, { query: WATCH, variables: { s: 'doc' } });
    const slim = collect(b, { query: 'subscription($s: ID!) { readingAdded(sensorId: $s) { value sensor { name } } }', variables: { s: 'doc' } });
    await until(async () => (await metric(stack, 'ag_gateway_subscription_groups_active')) === 2);
    await upstreams(1);
    await publishReading(stack, 'doc', 7);
    expect((await full.waitFor(1))[0]!.data).toEqual({ readingAdded: { value: 7, sensor: { name: 'Sensor doc', site: { city: 'Seoul' } } } });
    expect((await slim.waitFor(1))[0]!.data).toEqual({ readingAdded: { value: 7, sensor: { name: 'Sensor doc' } } });
    full.dispose();
    slim.dispose();
    await Promise.all([a.dispose(), b.dispose()]);
    await upstreams(0);
  });

  it('different variables do not share', async () => {
    const a = gatewayClient(stack);
    const one = collect(a, { query: WATCH, variables: { s: 'v-1' } });
    const two = collect(a, { query: WATCH, variables: { s: 'v-2' } });
    await upstreams(2);
    await publishReading(stack, 'v-2', 5);
    expect((await two.waitFor(1))[0]!.data).toMatchObject({ readingAdded: { value: 5 } });
    expect(one.events).toEqual([]);
    one.dispose();
    two.dispose();
    await a.dispose();
    await upstreams(0);
  });
});

describe('the events of one group', () => {
  it('are delivered in order, and a slow entity fetch does not hold back the resolution of the events behind it', async () => {
    const client = gatewayClient(stack);
    const stream = collect(client, { query: WATCH, variables: { s: 'slow' } });
    await upstreams(1);
    // The earliest event's fetch is the slowest: resolved as they finish, the events would arrive backwards.
    const delaysMs = [800, 600, 400, 200];
    sensorsState.delaysMs = [...delaysMs];
    const published = Date.now();
    for (let value = 1; value <= delaysMs.length; value++) await publishReading(stack, 'slow', value);
    await stream.waitFor(delaysMs.length, 10_000);
    const elapsed = Date.now() - published;
    expect(stream.events.map((event) => event.data.readingAdded.value)).toEqual([1, 2, 3, 4]);
    // One after the other the fetches take 2 s at least; resolved ahead they overlap (about 0.8 s).
    expect(elapsed).toBeLessThan(1_600);
    sensorsState.delaysMs = [];
    stream.dispose();
    await client.dispose();
    await upstreams(0);
  });
});

describe('auth scopes', () => {
  it('USER scope: two users never share; each subgraph sees each user as themself', async () => {
    const alice = gatewayClient(stack, await stack.issueAccessToken({ userId: 'alice', role: 'CUSTOMER' }));
    const bob = gatewayClient(stack, await stack.issueAccessToken({ userId: 'bob', role: 'CUSTOMER' }));
    const query = 'subscription($s: ID!) { myReadings(sensorId: $s) { value seenBy } }';
    const aliceStream = collect(alice, { query, variables: { s: 'mine' } });
    const bobStream = collect(bob, { query, variables: { s: 'mine' } });
    await upstreams(2);
    await publishReading(stack, 'mine', 3);
    expect((await aliceStream.waitFor(1))[0]!.data).toEqual({ myReadings: { value: 3, seenBy: 'alice' } });
    expect((await bobStream.waitFor(1))[0]!.data).toEqual({ myReadings: { value: 3, seenBy: 'bob' } });
    aliceStream.dispose();
    bobStream.dispose();
    await Promise.all([alice.dispose(), bob.dispose()]);
    await upstreams(0);
  });

  it('ROLE scope: operators share one stream computed for the role, never for one of them; late joiners get the latest state', async () => {
    const first = gatewayClient(stack, await stack.issueAccessToken({ userId: 'op-1', role: 'OPERATOR' }));
    const query = 'subscription($s: ID!) { operatorFeed(sensorId: $s) { value seenBy sensor { name } } }';
    const firstStream = collect(first, { query, variables: { s: 'ops' } });
    await upstreams(1);
    await publishReading(stack, 'ops', 11);
    expect((await firstStream.waitFor(1))[0]!.data).toEqual({ operatorFeed: { value: 11, seenBy: 'role-scope:OPERATOR', sensor: { name: 'Sensor ops' } } });
    expect(sensorsState.lastCaller).toBe('OPERATOR:role-scope:OPERATOR');

    const late = gatewayClient(stack, await stack.issueAccessToken({ userId: 'op-2', role: 'OPERATOR' }));
    const lateStream = collect(late, { query, variables: { s: 'ops' } });
    expect((await lateStream.waitFor(1))[0]!.data).toEqual({ operatorFeed: { value: 11, seenBy: 'role-scope:OPERATOR', sensor: { name: 'Sensor ops' } } });
    expect(await metric(stack, 'ag_gateway_upstream_subscriptions_active')).toBe(1);
    firstStream.dispose();
    lateStream.dispose();
    await Promise.all([first.dispose(), late.dispose()]);
  });
});
