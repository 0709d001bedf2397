import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../src/testing/index.ts';
import { collect, gatewayClient, startFederationStack, until } from './support.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startFederationStack({
    GATEWAY_MAX_SUBSCRIPTIONS_PER_SOCKET: '2',
    GATEWAY_MAX_SUBSCRIPTIONS: '3',
    GATEWAY_MAX_DEPTH: '3',
    GATEWAY_RATE_LIMIT_PER_MINUTE: '12',
  });
});
afterAll(() => stack?.stop());

/** The first error codes a one-off subscription attempt gets (errors arrive as an `error` message). */
async function refusal(client: ReturnType<typeof gatewayClient>, query: string): Promise<string[]> {
  const stream = collect(client, { query });
  await until(() => stream.failure !== undefined || stream.events.length > 0 || stream.completed);
  const errors = Array.isArray(stream.failure) ? stream.failure : (stream.events[0]?.errors ?? []);
  stream.dispose();
  return errors.map((e: any) => e.extensions?.code);
}

describe('limits on the socket', () => {
  it('validate subscriptions like HTTP: unknown fields and over-deep operations are refused before anything runs', async () => {
    const client = gatewayClient(stack);
    expect(await refusal(client, 'subscription { readingAdded(sensorId: "x") { nope } }')).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(await refusal(client, 'subscription { readingAdded(sensorId: "x") { sensor { site { name } } } }')).toEqual(['QUERY_TOO_COMPLEX']);
    expect(await refusal(client, 'subscription { readingAdded(sensorId: "x") { value ')).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(await refusal(client, 'subscription($s: ID!) { readingAdded(sensorId: $s) { value } }')).toEqual(['BAD_USER_INPUT']);
    await client.dispose();
  });

  it('cap subscriptions per socket and per replica with SUBSCRIPTION_LIMIT', async () => {
    const first = gatewayClient(stack);
    const a = collect(first, { query: 'subscription { readingAdded(sensorId: "cap-a") { value } }' });
    const b = collect(first, { query: 'subscription { readingAdded(sensorId: "cap-b") { value } }' });
    await new Promise((r) => setTimeout(r, 200));
    expect(await refusal(first, 'subscription { readingAdded(sensorId: "cap-c") { value } }')).toEqual(['SUBSCRIPTION_LIMIT']);
    const second = gatewayClient(stack);
    const c = collect(second, { query: 'subscription { readingAdded(sensorId: "cap-d") { value } }' });
    await new Promise((r) => setTimeout(r, 200));
    expect(await refusal(second, 'subscription { readingAdded(sensorId: "cap-e") { value } }')).toEqual(['SUBSCRIPTION_LIMIT']);
    // Ending one frees its place.
    a.dispose();
    await new Promise((r) => setTimeout(r, 200));
    const d = collect(second, { query: 'subscription { readingAdded(sensorId: "cap-f") { value } }' });
    await new Promise((r) => setTimeout(r, 200));
    expect(d.failure).toBeUndefined();
    for (const s of [b, c, d]) s.dispose();
    await Promise.all([first.dispose(), second.dispose()]);
  });

  it('count operations on the socket against the same rate limit as HTTP', async () => {
    const token = await stack.issueAccessToken({ userId: 'chatty', role: 'CUSTOMER' });
    const client = gatewayClient(stack, token);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const result = await client.iterate({ query: '{ sensor(id: "r") { name } }' }).next().catch((errors: any[]) => ({ value: { errors } }));
      codes.push((result.value as any)?.errors?.[0]?.extensions?.code);
    }
    for (let i = 0; i < 8; i++) codes.push((await stack.graphql({ query: '{ sensor(id: "r") { name } }', token })).body.errors?.[0]?.extensions?.code as string | undefined);
    expect(codes.slice(0, 6)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(2);
    await client.dispose();
  });
});
