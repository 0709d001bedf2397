import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../src/testing/index.ts';
import { collect, gatewayClient, metric, publishReading, startFederationStack, until, wsUrl } from './support.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startFederationStack();
});
afterAll(() => stack?.stop());

/** Opens a socket with these connection params and resolves with the close code the gateway chose. */
function closeCodeFor(connectionParams: Record<string, unknown>): Promise<number> {
  return new Promise((resolve) => {
    const client = createClient({
      url: wsUrl(stack), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams,
      onNonLazyError: () => {},
      on: { closed: (event) => resolve((event as { code: number }).code) },
    });
    void client;
  });
}

async function upstreamsSettle(count: number) {
  await until(async () => (await metric(stack, 'ag_gateway_upstream_subscriptions_active')) === count);
  await new Promise((r) => setTimeout(r, 150));
}

describe('who may subscribe', () => {
  it('closes the socket with 4403 for a forged or malformed token', async () => {
    expect(await closeCodeFor({ authorization: 'Bearer not-a-token' })).toBe(4403);
    expect(await closeCodeFor({ authorization: 'Basic abc' })).toBe(4403);
  });

  it('closes the socket with 4403 when the token expires, so the client reconnects with a fresh one', async () => {
    const token = await stack.issueAccessToken({ userId: 'short', role: 'CUSTOMER', ttlMs: 1_500 });
    const started = Date.now();
    const code = await closeCodeFor({ authorization: `Bearer ${token}` });
    expect(code).toBe(4403);
    expect(Date.now() - started).toBeGreaterThan(500); // it was open until the token ran out
  });

  it('accepts the token however common clients send it', async () => {
    const token = await stack.issueAccessToken({ userId: 'sandbox', role: 'CUSTOMER' });
    for (const connectionParams of [{ Authorization: `Bearer ${token}` }, { headers: { Authorization: `Bearer ${token}` } }]) {
      const client = gatewayClient(stack, undefined, { connectionParams });
      const result = await client.iterate({ query: '{ sensor(id: "x") { name } }' }).next();
      expect(result.value).toEqual({ data: { sensor: { name: 'Sensor x' } } });
      await client.dispose();
    }
  });

  it('refuses a subscription that needs a signed-in user to an anonymous caller (UNAUTHENTICATED) and ends it', async () => {
    const client = gatewayClient(stack);
    const stream = collect(client, { query: 'subscription { myReadings(sensorId: "a") { value } }' });
    await until(() => stream.events.length > 0 || stream.completed || stream.failure !== undefined);
    const codes = [...(stream.events[0]?.errors ?? []), ...(Array.isArray(stream.failure) ? stream.failure : [])].map((e: any) => e.extensions?.code);
    expect(codes).toContain('UNAUTHENTICATED');
    await client.dispose();
  });

  it('refuses subscription fields without a permission rule (FORBIDDEN) and roles that lack it', async () => {
    const customer = gatewayClient(stack, await stack.issueAccessToken({ userId: 'c1', role: 'CUSTOMER' }));
    for (const query of ['subscription { secretReadings { value } }', 'subscription { operatorFeed(sensorId: "z") { value } }']) {
      const stream = collect(customer, { query });
      await until(() => stream.events.length > 0 || stream.completed || stream.failure !== undefined);
      const errors = [...(stream.events[0]?.errors ?? []), ...(Array.isArray(stream.failure) ? stream.failure : [])];
      expect(errors.map((e: any) => e.extensions?.code)).toContain('FORBIDDEN');
    }
    await customer.dispose();
    await upstreamsSettle(0);
  });
});

describe('errors inside events', () => {
  it('carry their paths, leave the rest of the event intact, and apply field permissions per field', async () => {
    const client = gatewayClient(stack, await stack.issueAccessToken({ userId: 'c2', role: 'CUSTOMER' }));
    const stream = collect(client, { query: 'subscription { readingAdded(sensorId: "s-broken") { value sensor { name firmware calibration } } }' });
    await upstreamsSettle(1);
    await publishReading(stack, 's-broken', 9);
    const [event] = await stream.waitFor(1);
    expect(event!.data).toEqual({ readingAdded: { value: 9, sensor: { name: 'Sensor s-broken', firmware: null, calibration: null } } });
    const byPath = Object.fromEntries(event!.errors!.map((e: any) => [e.path.join('.'), e.extensions.code]));
    // readingAdded is PUBLIC: every event is resolved for an anonymous caller, whoever subscribed, so an
    // admin-only field is refused as unauthenticated even to a signed-in client (nothing personal is shared).
    expect(byPath).toEqual({ 'readingAdded.sensor.firmware': 'UPSTREAM_UNAVAILABLE', 'readingAdded.sensor.calibration': 'UNAUTHENTICATED' });
    expect(JSON.stringify(event)).not.toMatch(/127\.0\.0\.1|serviceName|stack/);
    stream.dispose();
    await client.dispose();
    await upstreamsSettle(0);
  });

  it('a subgraph stream that fails ends the subscription with a masked error: no internal detail reaches the client', async () => {
    const client = gatewayClient(stack);
    const stream = collect(client, { query: 'subscription { failingReadings { value } }' });
    await until(() => stream.completed || stream.failure !== undefined);
    const errors = [...stream.events.flatMap((event) => event.errors ?? []), ...(Array.isArray(stream.failure) ? stream.failure : [])];
    expect(errors).toEqual([{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) } }]);
    expect(JSON.stringify(errors)).not.toMatch(/10\.1\.2\.3|broker/);
    await client.dispose();
    await upstreamsSettle(0);
  });

  it('in a USER-scoped stream resolve every field for that user: an admin sees admin-only fields, a customer gets FORBIDDEN', async () => {
    const query = 'subscription { myReadings(sensorId: "cal") { value sensor { calibration } } }';
    const admin = gatewayClient(stack, await stack.issueAccessToken({ userId: 'admin-1', role: 'ADMIN' }));
    const customer = gatewayClient(stack, await stack.issueAccessToken({ userId: 'c3', role: 'CUSTOMER' }));
    const adminStream = collect(admin, { query });
    const customerStream = collect(customer, { query });
    await upstreamsSettle(2);
    await publishReading(stack, 'cal', 1);
    expect((await adminStream.waitFor(1))[0]).toEqual({ data: { myReadings: { value: 1, sensor: { calibration: 'calibrated 2026-11-01' } } } });
    const [forCustomer] = await customerStream.waitFor(1);
    expect(forCustomer!.data).toEqual({ myReadings: { value: 1, sensor: { calibration: null } } });
    expect(forCustomer!.errors?.[0]).toMatchObject({ path: ['myReadings', 'sensor', 'calibration'], extensions: { code: 'FORBIDDEN' } });
    adminStream.dispose();
    customerStream.dispose();
    await Promise.all([admin.dispose(), customer.dispose()]);
  });
});

describe('queries and mutations over the socket', () => {
  it('run through the gateway exactly as over HTTP, errors and masking included', async () => {
    const client = gatewayClient(stack);
    const query = '{ sensor(id: "s-broken") { name firmware site { name city } } }';
    const overSocket = await client.iterate({ query }).next();
    const overHttp = await stack.graphql({ query });
    expect(overSocket.value).toEqual(overHttp.body);
    expect(overHttp.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    await client.dispose();
  });
});
