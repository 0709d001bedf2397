/**
 * Benchmark: a federated subscription fanned out to 1000 subscribers through the gateway, against a raw `ws`
 * broadcast of the same bytes to as many sockets, at increasing event rates (docs/benchmarks.md).
 *
 * Every role is its own process, so CPU time is measured per process: the publisher (this one, on the event
 * bus in Redis), the ticker subgraph (owns `Subscription.ticks`), the venues subgraph (the entity resolved
 * for each event), the gateway, the raw ws server (subscribed to the same bus), and one subscriber process
 * per target. Rounds alternate between the targets at each rate so machine noise hits both alike; figures
 * are medians over rounds and the verdict is the CPU ratio within the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { composeSupergraph, createServiceRuntime, freePort } from '@attendgate/platform';
import { createBenchEnvironment } from './lib/benchEnvironment.ts';
import { startService, startWorker, type ServiceProcess, type WorkerProcess } from './lib/processes.ts';
import { environmentLine, writeReport } from './lib/report.ts';
import { median, round } from './lib/stats.ts';
import { tickerSubgraph, venuesSubgraph } from './subscriptions/benchSubgraphs.ts';
import type { SubscriberRequest, SubscriberStats } from './subscriptions/subscriberClients.ts';
import { TICKS_SUBSCRIPTION, tickTopic, VENUE_ID, wallClockMs, type TickEvent } from './subscriptions/tick.ts';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1_000);
/** Events published per second, one step after the other. */
const RATES = (process.env.BENCH_RATES ?? '10,20,40').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** How long each round publishes. */
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 3_000);
/** Filler in each event, for a message of about 330 bytes on the wire. */
const PADDING_BYTES = Number(process.env.BENCH_PADDING_BYTES ?? 200);
/** How long a round waits after its last publish for every message to arrive before counting it short. */
const DRAIN_TIMEOUT_MS = 10_000;
const POLL_MS = 50;
const METRICS_TOKEN = randomBytes(16).toString('hex');

type Target = 'gateway' | 'raw';
interface Round {
  target: Target;
  rate: number;
  offered: number;
  delivered: number;
  malformed: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerMessage: number;
  messageBytes: number;
  /** Gateway only: mean time to resolve one event (the rest of the plan: the venue's entity fetch). */
  executionMs?: number;
}
type Subscribers = WorkerProcess<SubscriberRequest, SubscriberStats & { ok?: true }>;

const bench = await createBenchEnvironment();
const { env: common, workDir } = bench;
const processes: ServiceProcess[] = [];
const publisher = createServiceRuntime('bench-publisher', {}, common);
const padding = 'x'.repeat(PADDING_BYTES);
let seq = 0;

try {
  const subgraphUrls: Record<string, string> = {};
  for (const definition of [tickerSubgraph, venuesSubgraph]) {
    const port = await freePort();
    const prefix = definition.name.toUpperCase();
    processes.push(await startService('bench/src/subscriptions/subgraphMain.ts', { ...common, BENCH_SUBGRAPH: definition.name, [`${prefix}_PORT`]: String(port) }, `http://127.0.0.1:${port}/readyz`));
    subgraphUrls[definition.name] = `http://127.0.0.1:${port}/graphql`;
  }
  const supergraphFile = path.join(workDir, 'supergraph.graphql');
  fs.writeFileSync(supergraphFile, composeSupergraph([tickerSubgraph, venuesSubgraph].map((definition) => ({
    name: definition.name, url: subgraphUrls[definition.name]!, typeDefs: fs.readFileSync(definition.schemaFile, 'utf8'),
  }))).supergraphSdl);

  const gatewayPort = await freePort();
  const gateway = await startService('gateway/src/main.ts', {
    ...common, GATEWAY_PORT: String(gatewayPort), SUPERGRAPH_FILE: supergraphFile, GATEWAY_RATE_LIMIT_PER_MINUTE: '0', GATEWAY_METRICS_TOKEN: METRICS_TOKEN,
  }, `http://127.0.0.1:${gatewayPort}/readyz`);
  processes.push(gateway);
  const rawPort = await freePort();
  const raw = await startService('bench/src/subscriptions/rawBroadcast.ts', { ...common, RAW_BROADCAST_PORT: String(rawPort), BENCH_CHANNEL: 'raw' }, `http://127.0.0.1:${rawPort}/`);
  processes.push(raw);

  const targets: Record<Target, { server: ServiceProcess; subscribers: Subscribers; channel: string }> = {
    gateway: { server: gateway, subscribers: startWorker('bench/src/subscriptions/subscriberClients.ts'), channel: 'gateway' },
    raw: { server: raw, subscribers: startWorker('bench/src/subscriptions/subscriberClients.ts'), channel: 'raw' },
  };
  processes.push(targets.gateway.subscribers, targets.raw.subscribers);
  await targets.gateway.subscribers.request({
    type: 'open', target: 'graphql-ws', url: `ws://127.0.0.1:${gatewayPort}/graphql`, sockets: SUBSCRIBERS,
    query: TICKS_SUBSCRIPTION, variables: { channel: 'gateway' },
  });
  await targets.raw.subscribers.request({ type: 'open', target: 'raw', url: `ws://127.0.0.1:${rawPort}/`, sockets: SUBSCRIBERS });
  await waitForGatewaySubscriptions(gatewayPort);
  for (const target of Object.values(targets)) await waitUntilDelivering(target.subscribers, target.channel);

  // Warm-up (not recorded): both targets at the first rate, so that neither is measured before the JIT.
  for (const name of ['gateway', 'raw'] as const) await runRound(name, RATES[0]!);
  const rounds: Round[] = [];
  for (const rate of RATES) {
    for (let i = 0; i < ROUNDS; i++) {
      for (const name of i % 2 === 0 ? (['gateway', 'raw'] as const) : (['raw', 'gateway'] as const)) {
        const result = await runRound(name, rate);
        rounds.push(result);
        process.stdout.write(`${name} @ ${rate}/s: ${result.delivered}/${result.offered} delivered, p50 ${round(result.p50Ms)} ms, ${round(result.cpuUsPerMessage, 1)} µs/msg${result.executionMs === undefined ? '' : `, execution ${round(result.executionMs)} ms/event`}\n`);
      }
    }
  }
  report(rounds);

  async function runRound(name: Target, rate: number): Promise<Round> {
    const { server, subscribers, channel } = targets[name];
    const events = Math.max(1, Math.round((rate * ROUND_MS) / 1000));
    await subscribers.request({ type: 'round', fromSeq: seq + 1 });
    const executionBefore = name === 'gateway' ? await executionTotals() : undefined;
    const cpuBefore = server.cpuMs();
    const started = performance.now();
    const publishes: Promise<void>[] = [];
    for (let i = 0; i < events; i++) {
      const wait = started + (i * 1000) / rate - performance.now();
      if (wait > 0) await sleep(wait);
      publishes.push(publishTick(channel));
    }
    await Promise.all(publishes);
    const offered = events * SUBSCRIBERS;
    const deadline = performance.now() + DRAIN_TIMEOUT_MS;
    while ((await subscribers.request({ type: 'count' })).delivered < offered && performance.now() < deadline) await sleep(POLL_MS);
    const cpuMs = server.cpuMs() - cpuBefore;
    const stats = await subscribers.request({ type: 'stats' });
    const executionAfter = executionBefore && (await executionTotals());
    return {
      target: name, rate, offered, delivered: stats.delivered, malformed: stats.malformed, p50Ms: stats.p50Ms, p99Ms: stats.p99Ms,
      cpuUsPerMessage: (cpuMs * 1000) / Math.max(1, stats.delivered), messageBytes: stats.messageBytes,
      ...(executionBefore && executionAfter
        ? { executionMs: (1000 * (executionAfter.seconds - executionBefore.seconds)) / Math.max(1, executionAfter.count - executionBefore.count) }
        : {}),
    };
  }

  async function executionTotals(): Promise<{ seconds: number; count: number }> {
    const metrics = await gatewayMetrics(gatewayPort);
    return { seconds: metrics('ag_gateway_subscription_event_execution_seconds_sum'), count: metrics('ag_gateway_subscription_event_execution_seconds_count') };
  }
} finally {
  for (const each of processes.reverse()) await each.stop();
  await publisher.shutdown.run('bench done');
  await bench.dispose();
}

function publishTick(channel: string): Promise<void> {
  const event: TickEvent = { seq: ++seq, publishedAt: wallClockMs(), venueId: VENUE_ID, padding };
  return publisher.bus.publish(tickTopic(channel), event);
}

/** The gateway's metrics right now, as a lookup of unlabelled values. */
async function gatewayMetrics(port: number): Promise<(name: string) => number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  return (name) => Number(text.split('\n').find((line) => line.startsWith(`${name} `))?.split(' ')[1]);
}

/** Every subscriber's subscription is open at the gateway, on one upstream subscription. */
async function waitForGatewaySubscriptions(port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const metrics = await gatewayMetrics(port);
    if (metrics('ag_gateway_subscriptions_active') === SUBSCRIBERS && metrics('ag_gateway_upstream_subscriptions_active') === 1) return;
    if (Date.now() > deadline) throw new Error(`the gateway did not report ${SUBSCRIBERS} subscriptions`);
    await sleep(POLL_MS);
  }
}

/** Publishes until ticks reach the subscribers: the subgraph (or raw server) is listening on the bus. */
async function waitUntilDelivering(subscribers: Subscribers, channel: string): Promise<void> {
  await subscribers.request({ type: 'round', fromSeq: seq + 1 });
  const deadline = Date.now() + 30_000;
  while ((await subscribers.request({ type: 'count' })).delivered < SUBSCRIBERS) {
    if (Date.now() > deadline) throw new Error(`no ticks reach the subscribers on channel ${channel}`);
    await publishTick(channel);
    await sleep(100);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function report(rounds: Round[]): void {
  const summary = RATES.flatMap((rate) =>
    (['gateway', 'raw'] as const).map((target) => {
      const mine = rounds.filter((r) => r.rate === rate && r.target === target);
      const offered = mine.reduce((sum, r) => sum + r.offered, 0);
      const delivered = mine.reduce((sum, r) => sum + r.delivered, 0);
      return {
        rate, target, deliveredRatio: delivered / offered,
        malformed: mine.reduce((sum, r) => sum + r.malformed, 0),
        p50Ms: median(mine.map((r) => r.p50Ms)),
        p99Ms: median(mine.map((r) => r.p99Ms)),
        cpuUsPerMessage: median(mine.map((r) => r.cpuUsPerMessage)),
        messageBytes: mine.at(-1)?.messageBytes ?? 0,
        executionMs: target === 'gateway' ? median(mine.map((r) => r.executionMs ?? Number.NaN)) : undefined,
      };
    }),
  );
  const ratios = RATES.map((rate) => {
    const cpu = (target: Target) => summary.find((s) => s.rate === rate && s.target === target)!.cpuUsPerMessage;
    return { rate, ratio: cpu('gateway') / cpu('raw') };
  });
  const label = { gateway: 'through the gateway', raw: 'raw ws broadcast' };
  const rows = summary.map((s) =>
    `| ${s.rate} | ${s.rate * SUBSCRIBERS} | ${label[s.target]} | ${s.deliveredRatio.toFixed(4)} | ${round(s.p50Ms)} | ${round(s.p99Ms)} | ${round(s.cpuUsPerMessage, 1)} | ${s.executionMs === undefined ? '—' : round(s.executionMs)} | ${s.messageBytes} |`);
  const markdown = `## Subscription fan-out (\`npm run bench -- subscriptions\`)

One federated subscription (\`ticks { seq publishedAt padding venue { name } }\`: root on the ticker subgraph, \`venue\` from the venues subgraph) held by ${SUBSCRIBERS} graphql-ws clients through the gateway, against a raw \`ws\` server broadcasting the same bytes to ${SUBSCRIBERS} sockets. Events are published on the event bus (Redis) at each rate for ${ROUND_MS / 1000} s; ${ROUNDS} alternating rounds per rate, medians over rounds. Every role is its own process (publisher, 2 subgraphs, gateway, raw server, one subscriber process per target); CPU is the server process's user+system time from /proc, over the round, divided by the messages delivered. Latency is publish to receipt in the subscriber process.
Run: ${environmentLine()}.

| events/s | messages/s offered | target | delivered/offered | p50 ms | p99 ms | server CPU µs/message | execution ms/event | message bytes |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

- Gateway CPU per delivered message over raw ws: ${ratios.map((r) => `**${round(r.ratio, 2)}×** at ${r.rate}/s`).join(', ')} (goal: ≤ 2×).
- Malformed or error messages received: ${summary.reduce((sum, s) => sum + s.malformed, 0)}.
`;
  writeReport('subscriptions', markdown, { environment: environmentLine(), rounds, summary, ratios });
  process.stdout.write(markdown);
}
