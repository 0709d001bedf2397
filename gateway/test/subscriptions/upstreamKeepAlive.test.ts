import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../src/testing/index.ts';
import { collect, gatewayClient, metric, publishReading, startFederationStack, until } from './support.ts';

/** The upstream keep-alive of this file: a ping every 300 ms, a missing pong closes after as long again. */
const KEEPALIVE_MS = 300;

/**
 * A TCP proxy between the gateway and the readings subgraph that can stall: while stalled, it keeps every
 * connection open and forwards nothing either way, as a hung process or a dropped network path does (no
 * FIN, no RST). New connections made while stalled are held the same way. Counts the connections made.
 */
function stallingProxy(target: URL) {
  let stalled = false;
  let connections = 0;
  const held: { client: net.Socket; upstream: net.Socket; pipe: () => void }[] = [];
  const server = net.createServer((client) => {
    connections++;
    const upstream = net.connect(Number(target.port), target.hostname);
    const pipe = () => {
      client.pipe(upstream);
      upstream.pipe(client);
    };
    held.push({ client, upstream, pipe });
    if (!stalled) pipe();
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  return {
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}${target.pathname}`;
    },
    stall() {
      stalled = true;
      for (const { client, upstream } of held) {
        client.unpipe();
        upstream.unpipe();
      }
    },
    /** Forwards again, on the connections still open (the ones made while stalled). */
    resume() {
      stalled = false;
      for (const pair of held) if (!pair.client.destroyed) pair.pipe();
    },
    get connections() {
      return connections;
    },
    async close() {
      for (const { client, upstream } of held) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let stack: TestStack;
let proxy: ReturnType<typeof stallingProxy>;
beforeAll(async () => {
  stack = await startFederationStack({ GATEWAY_UPSTREAM_KEEPALIVE_MS: String(KEEPALIVE_MS) }, async (subgraph, url) => {
    if (subgraph !== 'readings') return url;
    proxy = stallingProxy(new URL(url));
    return proxy.listen();
  });
});
afterAll(async () => {
  await proxy?.close();
  await stack?.stop();
});

describe('an upstream socket that stops answering', () => {
  it('is given up after one keep-alive without a pong, at once (no closing handshake with a dead peer); a new one is opened and the client\'s stream goes on', async () => {
    const client = gatewayClient(stack);
    const stream = collect(client, { query: 'subscription { readingAdded(sensorId: "hung") { value } }' });
    await until(async () => (await metric(stack, 'ag_gateway_upstream_subscriptions_active')) === 1);
    await new Promise((r) => setTimeout(r, 150));
    await publishReading(stack, 'hung', 1);
    await stream.waitFor(1);
    expect(proxy.connections).toBe(1);

    proxy.stall();
    const stalledAt = Date.now();
    // One ping interval, then a pong timeout of the same length: the dead socket is dropped and a new
    // connection attempted (held by the stalled proxy) well before a closing handshake's 30 s would end.
    await until(() => proxy.connections >= 2, 10_000);
    expect(Date.now() - stalledAt).toBeLessThan(5_000);
    // The client's own subscription stays open meanwhile: the gateway retries upstream, it does not give up;
    // once the path works again, the resubscribed stream delivers.
    expect(stream.completed).toBe(false);
    proxy.resume();
    let value = 100;
    await until(async () => {
      await publishReading(stack, 'hung', ++value);
      await new Promise((r) => setTimeout(r, 100));
      return stream.events.length > 1;
    }, 15_000);
    expect(stream.events.every((event) => event.errors === undefined)).toBe(true);
    expect(stream.completed).toBe(false);
    expect(stream.failure).toBeUndefined();
    stream.dispose();
    await client.dispose();
  });
});
