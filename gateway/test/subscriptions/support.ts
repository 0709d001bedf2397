import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestStack, type TestStack } from '../../src/testing/index.ts';
import { readingsSubgraph, readingTopic, rememberReading, type Reading } from '../fixtures/federation/readings/readingsSubgraph.ts';
import { sensorsSubgraph } from '../fixtures/federation/sensors/sensorsSubgraph.ts';
import { sitesSubgraph } from '../fixtures/federation/sites/sitesSubgraph.ts';

/** The gateway in front of three subgraphs: readings (subscription roots), sensors and sites (entities). */
export function startFederationStack(env: Record<string, string> = {}, routeTo?: Parameters<typeof startTestStack>[0]['routeTo']): Promise<TestStack> {
  return startTestStack({ subgraphs: [readingsSubgraph, sensorsSubgraph, sitesSubgraph], env, ...(routeTo ? { routeTo } : {}) });
}

/** A stack, or any gateway of one (a second gateway started beside it). */
type Gateway = Pick<TestStack, 'gatewayUrl'>;

export function wsUrl(stack: Gateway): string {
  return stack.gatewayUrl.replace(/^http/, 'ws');
}

/** A graphql-ws client of the gateway; `token` goes into connection_init. */
export function gatewayClient(stack: Gateway, token?: string, options: Partial<Parameters<typeof createClient>[0]> = {}): Client {
  return createClient({
    url: wsUrl(stack),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    ...options,
  });
}

let sequence = 0;

/** Publishes a reading as the readings service would (remember it, then announce it on the bus). */
export async function publishReading(stack: TestStack, sensorId: string, value: number): Promise<Reading> {
  const reading: Reading = { id: `r-${++sequence}-${sensorId}`, value, takenAt: new Date(1_800_000_000_000 + sequence).toISOString(), sensorId };
  rememberReading(reading);
  await stack.subgraphs.readings!.runtime.bus.publish(readingTopic(sensorId), reading);
  return reading;
}

/** Collects the events of one subscription until `count` have arrived (or the deadline passes). */
export function collect<T = any>(client: Client, request: { query: string; variables?: Record<string, unknown> }) {
  const events: { data?: T; errors?: any[] }[] = [];
  let completed = false;
  let failure: unknown;
  const dispose = client.subscribe<T>(request, {
    next: (value) => void events.push(value as { data?: T; errors?: any[] }),
    error: (error) => {
      failure = error;
    },
    complete: () => {
      completed = true;
    },
  });
  return {
    events,
    get completed() {
      return completed;
    },
    get failure() {
      return failure;
    },
    dispose,
    async waitFor(count: number, timeoutMs = 5_000) {
      await until(() => events.length >= count || completed || failure !== undefined, timeoutMs);
      return events;
    },
  };
}

export async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The current value of one of the gateway's metrics (an unlabelled gauge or counter). */
export async function metric(stack: Gateway, name: string): Promise<number> {
  const text = await (await fetch(stack.gatewayUrl.replace('/graphql', '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : Number.NaN;
}
