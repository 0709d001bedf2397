import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../src/testing/index.ts';
import { rememberReading } from '../fixtures/federation/readings/readingsSubgraph.ts';
import { collect, gatewayClient, metric, publishReading, startFederationStack, until } from './support.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startFederationStack();
});
afterAll(() => stack?.stop());

/** Reconnects wait 250 ms doubling to 10 s; the first attempts after a restart land within this. */
const RECONNECT_DEADLINE_MS = 10_000;

/**
 * Listens on the stopped subgraph's port for `ms`, counting the connection attempts that arrive and
 * refusing each (the socket is destroyed at once, as a crashed process's port would). Counting them shows
 * whether the gateway backs off or hammers a subgraph that is down.
 */
async function countAttemptsWhileDown(url: string, ms: number): Promise<number> {
  const { hostname, port } = new URL(url);
  let attempts = 0;
  const listener = net.createServer((socket) => {
    attempts++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(Number(port), hostname, resolve));
  await new Promise((r) => setTimeout(r, ms));
  await new Promise((resolve) => listener.close(resolve));
  return attempts;
}

/** A gateway client that records every close of its own socket (there must be none). */
function watchedClient() {
  const closes: number[] = [];
  const client = gatewayClient(stack, undefined, { on: { closed: (event) => void closes.push((event as { code: number }).code) } });
  return { client, closes };
}

async function upstreamReady() {
  await until(async () => (await metric(stack, 'ag_gateway_upstream_subscriptions_active')) === 1);
  // The subgraph registers its bus subscription a moment after it acknowledged the subscribe message.
  await new Promise((r) => setTimeout(r, 150));
}

describe('a subgraph restarted mid-stream', () => {
  it('is reconnected with backoff and resubscribed; the client keeps its subscription and gets the events published after the restart', async () => {
    const { client, closes } = watchedClient();
    const stream = collect(client, { query: 'subscription { readingAdded(sensorId: "restart") { value sensor { name } } }' });
    await upstreamReady();
    await publishReading(stack, 'restart', 1);
    await stream.waitFor(1);

    const { url } = stack.subgraphs.readings!;
    await stack.stopSubgraph('readings');
    const attempts = await countAttemptsWhileDown(url, 1_000);
    // Backoff from 250 ms: two or three attempts in the first second; without it there would be hundreds.
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(5);

    await stack.startSubgraph('readings');
    // Events are at-most-once: publish until one arrives through the resubscribed stream.
    let value = 100;
    await until(async () => {
      await publishReading(stack, 'restart', ++value);
      await new Promise((r) => setTimeout(r, 100));
      return stream.events.length > 1;
    }, RECONNECT_DEADLINE_MS);
    await publishReading(stack, 'restart', 999);
    await until(() => stream.events.some((event) => event.data?.readingAdded.value === 999));

    expect(stream.events.every((event) => event.errors === undefined)).toBe(true);
    expect(stream.events.at(-1)!.data).toEqual({ readingAdded: { value: 999, sensor: { name: 'Sensor restart' } } });
    expect(stream.completed).toBe(false);
    expect(stream.failure).toBeUndefined();
    expect(closes).toEqual([]);
    expect(await metric(stack, 'ag_gateway_subscriptions_active')).toBe(1);
    expect(await metric(stack, 'ag_gateway_upstream_subscriptions_active')).toBe(1);
    stream.dispose();
    await client.dispose();
  });

  it('sends subscribers of a state stream a fresh snapshot once the subgraph is back, without any new event', async () => {
    const { client, closes } = watchedClient();
    rememberReading({ id: 'state-1', value: 1, takenAt: new Date(0).toISOString(), sensorId: 'gate' });
    const stream = collect(client, { query: 'subscription { sensorState(sensorId: "gate") { value sensor { name } } }' });
    expect((await stream.waitFor(1))[0]).toEqual({ data: { sensorState: { value: 1, sensor: { name: 'Sensor gate' } } } });

    await stack.stopSubgraph('readings');
    // The state changes while the subgraph is down: the event announcing it is lost with the process.
    rememberReading({ id: 'state-2', value: 2, takenAt: new Date(1).toISOString(), sensorId: 'gate' });
    await stack.startSubgraph('readings');

    await stream.waitFor(2, RECONNECT_DEADLINE_MS);
    expect(stream.events[1]).toEqual({ data: { sensorState: { value: 2, sensor: { name: 'Sensor gate' } } } });
    expect(stream.completed).toBe(false);
    expect(closes).toEqual([]);
    stream.dispose();
    await client.dispose();
  });
});
