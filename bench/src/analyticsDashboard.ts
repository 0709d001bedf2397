/**
 * Benchmark: the analytics dashboard through the gateway (seed 002's goals: a cache hit in 0.5 s, a miss in
 * 3 s), with the SQL statements each request sends, and the delay from an entry to the dashboard's live
 * subscribers while entries arrive at 200 per second.
 *
 * The analytics subgraph runs in this process (so its SQL statements can be counted: every statement
 * MikroORM sends passes `logQuery`), the gateway in its own. Entries are published as participation
 * publishes them (the platform's publisher, into pg-boss) and consumed by analytics' real consumers.
 *
 * Part 1, live: a graphql-ws subscriber through the gateway while entries arrive at each of ENTRY_RATES for LIVE_SECONDS.
 * The latency of the n-th entry is from its publication to the first message counting n entries. Baseline:
 * the same entry's publication to its consumer's commit (`processed_domain_event.processed_at`), i.e. the
 * queue's own delay, which every consumer pays; the difference is the refresh, coalescing and fan-out.
 *
 * Part 2, dashboard: sequential requests (one person's wait), alternating rounds of three targets:
 * - baseline: `dashboard` of a malformed id, refused before any read (the gateway and subgraph floor);
 * - hit: the dashboard of the event of part 1 (thousands of entries, six channels) from Redis;
 * - miss: the same with its cache key deleted before each request (outside the timed window).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { composeSupergraph, createAccessTokenIssuer, createDomainEventPublisher, createJobQueue, createLogger, createOrm, freePort, MEDIA_CHANNELS, migrateSubgraph, startSubgraph } from '@attendgate/platform';
import analytics from '@attendgate/analytics';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import { Agent, fetch } from 'undici';
import WebSocket from 'ws';
import { createBenchEnvironment } from './lib/benchEnvironment.ts';
import { startService, type ServiceProcess } from './lib/processes.ts';
import { environmentLine, writeReport } from './lib/report.ts';
import { percentile, round, summariseRounds } from './lib/stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const WARMUP_REQUESTS = 100;
/** Entry rates of the live part: the issue's 200/s, and a lower one the consumer keeps up with. */
const ENTRY_RATES = (process.env.BENCH_ENTRY_RATES ?? '50,200').split(',').map(Number);
const LIVE_SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 15);
/** Seed 002's goals, in ms. */
const GOAL_HIT_MS = 500;
const GOAL_MISS_MS = 3_000;

type Target = 'baseline' | 'hit' | 'miss';
const TARGETS: Target[] = ['baseline', 'hit', 'miss'];
const LABELS: Record<Target, string> = {
  baseline: '`dashboard` of a malformed id (baseline: refused before any read)',
  hit: '`dashboard`, cache hit',
  miss: '`dashboard`, cache miss (computed from the database)',
};
interface Round {
  target: Target;
  p50Ms: number;
  p99Ms: number;
  sqlPerRequest: number;
  errors: number;
}

const logger = createLogger({ service: 'bench', level: 'warn' });
const bench = await createBenchEnvironment();
const { env: common, secrets, workDir } = bench;
const services: ServiceProcess[] = [];
const queue = createJobQueue({ url: bench.databaseUrl, logger, poolMax: 4 });
const orm = await createOrm({ schema: 'analytics', url: bench.databaseUrl, entities: analytics.entities, migrations: analytics.migrations, poolMax: 8, logger });
const redis = new Redis(common.REDIS_URL!);
let stopSubgraph: (() => Promise<unknown>) | undefined;
let owner = '';
let gatewayPort = 0;
let returning: string[] = [];

try {
  await migrateSubgraph(analytics, { DATABASE_URL: bench.databaseUrl }, logger);
  await queue.start();
  const port = await freePort();
  const subgraph = await startSubgraph(analytics, {
    env: { ...common, ANALYTICS_PORT: String(port), ANALYTICS_CHANNEL_STATS_INTERVAL_MS: String(24 * 3_600_000) },
  });
  stopSubgraph = subgraph.stop;
  let statements = 0;
  const connection = subgraph.runtime.orm.em.getConnection() as unknown as { logQuery: (...args: unknown[]) => unknown };
  const logQuery = connection.logQuery.bind(connection);
  connection.logQuery = (...args: unknown[]) => {
    statements++;
    return logQuery(...args);
  };

  const supergraphFile = path.join(workDir, 'supergraph.graphql');
  fs.writeFileSync(supergraphFile, composeSupergraph([{ name: 'analytics', url: `http://127.0.0.1:${port}/graphql`, typeDefs: fs.readFileSync(analytics.schemaFile, 'utf8') }]).supergraphSdl);
  gatewayPort = await freePort();
  services.push(await startService('gateway/src/main.ts', { ...common, GATEWAY_PORT: String(gatewayPort), SUPERGRAPH_FILE: supergraphFile, GATEWAY_RATE_LIMIT_PER_MINUTE: '0' }, `http://127.0.0.1:${gatewayPort}/readyz`));
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;

  const issue = createAccessTokenIssuer(secrets.JWT_PRIVATE_KEY, { issuer: 'attendgate', audience: 'attendgate-api', ttlMs: 3_600_000 });
  const ownerId = randomUUID();
  owner = (await issue({ userId: ownerId, role: 'OWNER', sessionId: 'bench-owner' })).token;

  // An earlier event of the same shop whose customers partly return, so new-versus-returning does real work.
  const earlier = await publishEvent(ownerId);
  returning = Array.from({ length: 500 }, (_, i) => `bench-customer-${i}`);
  await Promise.all(returning.map((customerKey) => publishEntry(earlier, customerKey)));
  await waitFor(async () => (await participantsOf(earlier)) === returning.length, 60_000);

  // Part 1: live latency at each entry rate, each on an event of its own; the dashboard uses the last one.
  const live: LiveResult[] = [];
  for (const rate of ENTRY_RATES) live.push(await measureLive(await publishEvent(ownerId), rate));
  const { eventId, entries } = live.at(-1)!;

  // Part 2: the dashboard, hit and miss.
  const DASHBOARD = `query($id: ID!) { dashboard(eventId: $id) { computedAt source participantsTotal newCustomers returningCustomers
    byChannel { channel participants views reach conversionRate stats } byHour(last: 24) { start participants } byDay { start participants }
    views reach conversionRate cost { totalKrw } roi } }`;
  const body = (id: string) => JSON.stringify({ query: DASHBOARD, variables: { id } });
  const cacheKey = `${common.REDIS_KEY_PREFIX}metrics:${eventId}`;
  const dispatcher = new Agent({ connections: 1, keepAliveTimeout: 10_000 });
  const request = async (target: Target): Promise<{ ms: number; ok: boolean }> => {
    if (target === 'miss') await redis.del(cacheKey);
    const t0 = performance.now();
    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${owner}` }, body: body(target === 'baseline' ? 'not-an-id' : eventId), dispatcher });
    const json = (await response.json()) as { data?: { dashboard?: { source: string; participantsTotal: number } }; errors?: { extensions?: { code?: string } }[] };
    const ms = performance.now() - t0;
    const ok = target === 'baseline'
      ? json.errors?.[0]?.extensions?.code === 'NOT_FOUND'
      : json.data?.dashboard?.source === (target === 'hit' ? 'CACHE' : 'DATABASE') && json.data.dashboard.participantsTotal === entries;
    return { ms, ok };
  };
  for (const target of TARGETS) for (let i = 0; i < WARMUP_REQUESTS; i++) await request(target);
  await request('hit');
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const target of TARGETS) {
      if (target === 'hit') await request('hit'); // the miss target left the cache empty: fill it, untimed
      const latencies: number[] = [];
      let errors = 0;
      const before = statements;
      for (let i = 0; i < REQUESTS; i++) {
        const { ms, ok } = await request(target);
        latencies.push(ms);
        if (!ok) errors++;
      }
      rounds.push({ target, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), sqlPerRequest: (statements - before) / REQUESTS, errors });
    }
  }
  await dispatcher.close();
  const summary = summariseRounds(rounds, TARGETS);

  const row = (target: Target) => {
    const s = summary[target];
    return `| ${LABELS[target]} | ${round(s.p50Ms)} | ${round(s.p99Ms)} | ${round(s.sqlPerRequest, 2)} | ${round(s.p50Ms / summary.baseline.p50Ms, 2)}× | ${s.errors} |`;
  };
  const verdict = (target: Target, goalMs: number) => `${round(summary[target].p50Ms)} ms (seed goal < ${goalMs} ms: ${Math.round(goalMs / summary[target].p50Ms)}× under it)`;
  const liveRows = live.flatMap((result) => [
    `| ${result.rate}/s (achieved ${round(result.achievedRate, 1)}/s), ${result.entries} entries | publication → consumer commit (baseline) | ${round(percentile(result.appliedMs, 50))} | ${round(percentile(result.appliedMs, 99))} |`,
    `| | publication → subscriber message | ${round(percentile(result.subscriberMs, 50))} | ${round(percentile(result.subscriberMs, 99))} |`,
    `| | added by refresh, coalescing and fan-out (per entry) | ${round(percentile(result.addedMs, 50))} | ${round(percentile(result.addedMs, 99))} |`,
    `| | messages to the subscriber | ${result.updates} in ${round(result.updateSpanS, 1)} s (${round((result.updates - 1) / Math.max(result.updateSpanS, 0.001), 1)}/s) | |`,
  ]);
  const markdown = `## Analytics dashboard (\`npm run bench -- analytics-dashboard\`)

The analytics subgraph in the benchmark's process (so every SQL statement MikroORM sends is counted), the
gateway in its own; PostgreSQL and Redis of the machine. Run: ${environmentLine()}. Absolute times grow with
the machine's load (shared, 2 cores); ratios within the run are the comparable figures.

**Dashboard through the gateway**: \`dashboard(eventId)\` of an event with ${entries} entries over six channels
and hourly buckets, ${returning.length} customers of an earlier event of the shop (new versus returning is
computed), as its owner; one request at a time (one person's wait), ${ROUNDS} alternating rounds of
${REQUESTS} requests, medians over rounds. A miss deletes the cache key before the request (outside the timed
window). Statements are every SQL statement of the request (BEGIN and COMMIT included).

| target | p50 ms | p99 ms | SQL statements / request | p50 vs baseline | errors |
| --- | --- | --- | --- | --- | --- |
${TARGETS.map(row).join('\n')}

Hit: ${verdict('hit', GOAL_HIT_MS)}. Miss: ${verdict('miss', GOAL_MISS_MS)}. A hit reads Redis once (the
permission rule and the resolver share the request's read) and sends no SQL; a miss is BEGIN, four SELECTs in
one repeatable-read transaction, COMMIT, then the figures are cached. Neither calls a channel.

**Entry to live subscriber**: \`ParticipantRegistered\` published at each rate for ${LIVE_SECONDS} s to one
event, one \`eventMetricsUpdated\` subscriber through the gateway (graphql-ws). The n-th entry's latency runs
from its publication to the first message counting n entries; the baseline is the same entry's publication
to its consumer's commit (\`processed_domain_event.processed_at\`: the queue's own delay, which any consumer
pays). Messages are coalesced to at most one per \`ANALYTICS_LIVE_INTERVAL_MS\` (250 ms).

| rate | measure | p50 ms | p99 ms |
| --- | --- | --- | --- |
${liveRows.join('\n')}`;
  console.log(markdown);
  writeReport('analytics-dashboard', markdown, { rounds, summary, live });
} finally {
  for (const service of services.reverse()) await service.stop();
  await stopSubgraph?.();
  await queue.stop();
  await orm.close();
  redis.disconnect();
  await bench.dispose();
}

interface LiveResult {
  eventId: string;
  rate: number;
  entries: number;
  achievedRate: number;
  appliedMs: number[];
  subscriberMs: number[];
  addedMs: number[];
  updates: number;
  updateSpanS: number;
}

/** Publishes `rate` entries per second for LIVE_SECONDS to one event, with one live subscriber through the gateway. */
async function measureLive(eventId: string, rate: number): Promise<LiveResult> {
  const received: { at: number; total: number }[] = [];
  const client = createClient({ url: `ws://127.0.0.1:${gatewayPort}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${owner}` } });
  const unsubscribe = client.subscribe<{ eventMetricsUpdated: { participantsTotal: number } }>(
    { query: 'subscription($id: ID!) { eventMetricsUpdated(eventId: $id) { participantsTotal computedAt } }', variables: { id: eventId } },
    { next: (message) => void received.push({ at: Date.now(), total: message.data?.eventMetricsUpdated.participantsTotal ?? -1 }), error: () => {}, complete: () => {} },
  );
  await waitFor(async () => received.length > 0, 10_000);
  const sent: { envelopeId: string; at: number }[] = [];
  const entries = rate * LIVE_SECONDS;
  const started = Date.now();
  const publishing: Promise<void>[] = [];
  for (let i = 0; i < entries; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const customerKey = i % 4 === 0 ? returning[i % returning.length]! : `bench-new-${i}`;
    const at = Date.now();
    publishing.push(publishEntry(eventId, customerKey).then((envelopeId) => void sent.push({ envelopeId, at })));
  }
  await Promise.all(publishing);
  const achievedRate = entries / ((Date.now() - started) / 1000);
  await waitFor(async () => received.at(-1)?.total === entries, 60_000);
  unsubscribe();
  await client.dispose();
  sent.sort((a, b) => a.at - b.at);
  const subscriberMs = sent.map((entry, index) => received.find((message) => message.total >= index + 1)!.at - entry.at);
  const processed = await sql<{ event_id: string; processed_at: Date }>(
    `select event_id, processed_at from analytics.processed_domain_event where event_id = any(?::uuid[])`, [`{${sent.map((entry) => entry.envelopeId).join(',')}}`],
  );
  const processedAt = new Map(processed.map((row) => [row.event_id, new Date(row.processed_at).getTime()]));
  const appliedMs = sent.map((entry) => processedAt.get(entry.envelopeId)! - entry.at);
  const carrying = received.filter((message) => message.total > 0);
  const updates = carrying.length;
  const updateSpanS = Math.max(0.001, (carrying.at(-1)!.at - carrying[0]!.at) / 1000);

  const addedMs = subscriberMs.map((ms, index) => ms - appliedMs[index]!);
  return { eventId, rate, entries, achievedRate, appliedMs, subscriberMs, addedMs, updates, updateSpanS };
}

async function sql<T extends object>(text: string, values: unknown[] = []): Promise<T[]> {
  return orm.em.fork().execute<T[]>(text, values);
}

async function participantsOf(id: string): Promise<number> {
  const [row] = await sql<{ participants: number }>('select participants from analytics.event_summary where event_id = ?', [id]);
  return row?.participants ?? 0;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** EventCreated and EventPublished as the events subgraph publishes them; returns the event id once applied. */
async function publishEvent(ownerId: string): Promise<string> {
  const eventId = randomUUID();
  const now = Date.now();
  const publisher = createDomainEventPublisher('events', queue);
  await withTransaction(async (em) => {
    await publisher.publish(em, 'EventCreated', { eventId, ownerId, purpose: 'NEW_CUSTOMERS', storeCategory: '카페', region: '서울', createdAt: new Date(now).toISOString() });
    await publisher.publish(em, 'EventPublished', {
      eventId, ownerId, title: 'bench', purpose: 'NEW_CUSTOMERS', channels: [...MEDIA_CHANNELS],
      startsAt: new Date(now - 3_600_000).toISOString(), endsAt: new Date(now + 7 * 24 * 3_600_000).toISOString(), announcesAt: null,
      prize: { name: 'bench', quantity: 10, unitValueKrw: 5_000 }, publishedAt: new Date(now).toISOString(),
    });
    await publisher.publish(em, 'DistributionCompleted', {
      eventId, ownerId, distributionId: randomUUID(), completedAt: new Date(now).toISOString(),
      channels: MEDIA_CHANNELS.map((channel) => ({ channel, status: 'PUBLISHED' as const, externalPostId: `bench-${channel}`, costKrw: 10_000, errorCode: null })),
    });
  });
  await waitFor(async () => {
    const rows = await sql<{ n: number }>("select count(*)::int as n from analytics.channel_performance where event_id = ? and distribution = 'PUBLISHED'", [eventId]);
    return rows[0]!.n === MEDIA_CHANNELS.length;
  }, 30_000);
  return eventId;
}

/** A ParticipantRegistered as participation publishes it; returns the envelope id. */
async function publishEntry(eventId: string, customerKey: string): Promise<string> {
  const publisher = createDomainEventPublisher('participation', queue);
  return withTransaction(async (em) => (await publisher.publish(em, 'ParticipantRegistered', {
    participationId: randomUUID(), eventId, entryNumber: '0001-1', entryPath: MEDIA_CHANNELS[customerKey.length % MEDIA_CHANNELS.length]!,
    storeVisited: customerKey.endsWith('0'), customerKey, contact: 'v1:bench:sealed', registeredAt: new Date().toISOString(),
  })).id);
}

/** Runs `work` in a transaction of the benchmark's own ORM connection to the analytics schema. */
async function withTransaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
  return orm.em.fork().transactional(work);
}
