import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../src/testing/index.ts';
import { collect, gatewayClient, metric, publishReading, startFederationStack, until, wsUrl } from './support.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startFederationStack({
    GATEWAY_WS_SOFT_BUFFER_BYTES: String(64 * 1024),
    GATEWAY_WS_HARD_BUFFER_BYTES: String(1024 * 1024),
    GATEWAY_SUBSCRIBER_QUEUE_LENGTH: '4',
    GATEWAY_WS_STALL_MS: '500',
  });
});
afterAll(() => stack?.stop());

const QUERY = 'subscription { readingAdded(sensorId: "flood") { value padding(size: 60000) } }';

/** A graphql-ws client written by hand, so its socket can stop reading (a stalled consumer). */
async function stalledSubscriber(): Promise<WebSocket> {
  const socket = new WebSocket(wsUrl(stack), 'graphql-transport-ws');
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  await new Promise((resolve) => socket.once('message', resolve));
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY } }));
  return socket;
}

describe('a slow consumer', () => {
  it('does not delay a healthy subscriber, and is cut off once its send buffer passes the limit', async () => {
    const stalled = await stalledSubscriber();
    const healthy = gatewayClient(stack);
    const stream = collect(healthy, { query: QUERY });
    await until(async () => (await metric(stack, 'ag_gateway_subscriptions_active')) === 2);
    await new Promise((r) => setTimeout(r, 150));
    // Stop reading: from now on everything sent to this client piles up in its send buffers.
    (stalled as unknown as { _socket: { pause(): void } })._socket.pause();

    // 200 × 60 KB = 12 MB over 2 s: the stalled client backs up within the first events and stays so.
    const events = 200;
    const started = Date.now();
    for (let i = 1; i <= events; i++) {
      await publishReading(stack, 'flood', i);
      await new Promise((r) => setTimeout(r, 10));
    }
    const lastPublished = Date.now();
    await stream.waitFor(events, 20_000);
    const lag = Date.now() - lastPublished;

    expect(stream.events).toHaveLength(events);
    expect(stream.events.map((e) => e.data.readingAdded.value)).toEqual(Array.from({ length: events }, (_, i) => i + 1));
    // The healthy client is never behind by more than the events in flight (a generous bound: shared machine).
    expect(lag).toBeLessThan(2_000);
    expect(Date.now() - started).toBeLessThan(20_000);
    await until(async () => (await metric(stack, 'ag_gateway_subscription_slow_consumers_closed_total')) >= 1, 10_000);
    await until(async () => (await metric(stack, 'ag_gateway_subscriptions_active')) === 1);
    stream.dispose();
    await healthy.dispose();
    stalled.terminate();
  });
});
