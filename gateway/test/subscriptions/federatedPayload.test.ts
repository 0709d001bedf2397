import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../src/testing/index.ts';
import { collect, gatewayClient, metric, publishReading, startFederationStack, until } from './support.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startFederationStack();
});
afterAll(() => stack?.stop());

const SELECTION = `
  fragment Where on Site { name city }
  fragment Reading on Reading {
    reading: id
    value
    sensor {
      label: name
      firmware
      site { ...Where cityAgain: city }
      ... on Sensor @include(if: $withId) { id }
      skipped: name @skip(if: true)
    }
  }
`;

describe('federated subscriptions', () => {
  it('deliver events whose fields span three subgraphs exactly as the same selection returns as a query', async () => {
    const client = gatewayClient(stack);
    const stream = collect(client, {
      query: `subscription Watch($sensor: ID!, $withId: Boolean!) { readingAdded(sensorId: $sensor) { ...Reading } } ${SELECTION}`,
      variables: { sensor: 's-1', withId: true },
    });
    await until(async () => (await metric(stack, 'ag_gateway_upstream_subscriptions_active')) === 1);
    await new Promise((r) => setTimeout(r, 100));
    await publishReading(stack, 's-1', 21.5);
    const [event] = await stream.waitFor(1);
    const query = await stack.graphql({
      query: `query Same($sensor: ID!, $withId: Boolean!) { readingAdded: latestReading(sensorId: $sensor) { ...Reading } } ${SELECTION}`,
      variables: { sensor: 's-1', withId: true },
    });
    expect(query.body.errors).toBeUndefined();
    expect(event).toEqual({ data: query.body.data });
    expect(event!.data).toMatchObject({ readingAdded: { value: 21.5, sensor: { label: 'Sensor s-1', id: 's-1', site: { name: 'Site site-of-s-1', city: 'Seoul', cityAgain: 'Seoul' } } } });
    stream.dispose();
    await client.dispose();
  });
});
