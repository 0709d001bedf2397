/**
 * Benchmark: sustained customer entries (`participate`) through the gateway, with zero lost or duplicated
 * rows checked afterwards. Goal (issue 5): at least 500 entries/s on this machine.
 *
 * Services run as their own processes (participation subgraph, gateway) against PostgreSQL and Redis, in
 * production mode, with the abuse limits on but set out of reach (their Redis counters are still paid for).
 * Two probe queues stand for the real consumers of ParticipantRegistered (analytics, integrations), so every
 * entry also writes its two event rows, as in the full system. All entries go to one event: the hardest case
 * for the per-event locks and the entry-number allocator.
 *
 * Baseline in the same run: an entry refused by validation (a one-letter name) — the same gateway hop,
 * signature checks, shield rules and Redis counter, without the transaction. Rounds alternate between the two;
 * figures are medians over rounds.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, createDomainEventPublisher, createJobQueue, createLogger, createOrm, domainEventTopic, freePort, migrateSubgraph } from '@attendgate/platform';
import participation from '@attendgate/participation';
import { createBenchEnvironment } from './lib/benchEnvironment.ts';
import { runLoad } from './lib/load.ts';
import { startService, type ServiceProcess } from './lib/processes.ts';
import { environmentLine, writeReport } from './lib/report.ts';
import { median, percentile, round } from './lib/stats.ts';

const ENTRIES_PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 4_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const WARMUP_REQUESTS = 500;
const GOAL_ENTRIES_PER_SECOND = 500;
const CHANNELS = ['LOCAL_TV', 'INSTAGRAM', 'KAKAO_CHANNEL'];
const PARTICIPATE = 'mutation($e: ID!, $n: String!, $p: String!, $c: MediaChannel!) { participate(eventId: $e, name: $n, phone: $p, entryPath: $c, consent: true) { entryNumber } }';

type Target = 'refused' | 'entry';
interface Round {
  target: Target;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  gatewayCpuMsPerRequest: number;
  subgraphCpuMsPerRequest: number;
  errors: number;
}

const logger = createLogger({ service: 'bench', level: 'warn' });
const bench = await createBenchEnvironment();
const { env: common, workDir } = bench;
const services: ServiceProcess[] = [];
const orm = await createOrm({ schema: 'participation', url: bench.databaseUrl, entities: participation.entities, migrations: participation.migrations, poolMax: 2, logger });
const queue = createJobQueue({ url: bench.databaseUrl, logger, poolMax: 2 });

try {
  await migrateSubgraph(participation, { DATABASE_URL: bench.databaseUrl }, logger);
  await queue.start();
  const consumers = ['bench-analytics', 'bench-integrations'].map((name) => `${name}.on.ParticipantRegistered`);
  for (const name of consumers) {
    await queue.createQueue({ name });
    await queue.subscribe(domainEventTopic('ParticipantRegistered'), name);
  }

  const subgraphPort = await freePort();
  const subgraphUrl = `http://127.0.0.1:${subgraphPort}/graphql`;
  const subgraph = await startService('subgraphs/participation/src/main.ts', {
    ...common, PARTICIPATION_PORT: String(subgraphPort), PARTICIPATION_ADDRESS_RATE_LIMIT: '1000000000', PARTICIPATION_PHONE_RATE_LIMIT: '1000',
  }, `http://127.0.0.1:${subgraphPort}/readyz`);
  services.push(subgraph);
  const supergraphFile = path.join(workDir, 'supergraph.graphql');
  fs.writeFileSync(supergraphFile, composeSupergraph([{ name: 'participation', url: subgraphUrl, typeDefs: fs.readFileSync(participation.schemaFile, 'utf8') }]).supergraphSdl);
  const gatewayPort = await freePort();
  const gateway = await startService('gateway/src/main.ts', { ...common, GATEWAY_PORT: String(gatewayPort), SUPERGRAPH_FILE: supergraphFile, GATEWAY_RATE_LIMIT_PER_MINUTE: '0' }, `http://127.0.0.1:${gatewayPort}/readyz`);
  services.push(gateway);
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;

  const [warmupEvent, benchEvent] = [await publishEvent(), await publishEvent()];
  let phoneSeq = 0;
  const entryBody = (eventId: string, name: string) => () => {
    const n = phoneSeq++;
    return JSON.stringify({ query: PARTICIPATE, variables: { e: eventId, n: name, p: `010${String(n).padStart(8, '0')}`, c: CHANNELS[n % CHANNELS.length] } });
  };
  const bodies: Record<Target, () => string> = { refused: entryBody(benchEvent, '김'), entry: entryBody(benchEvent, '김철수') };
  const refusedOk = (status: number, json: { errors?: unknown[] }) =>
    status === 200 && (json.errors as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions?.code === 'BAD_USER_INPUT';

  await runLoad({ url: gatewayUrl, headers: () => ({}), body: entryBody(warmupEvent, '김철수'), requests: WARMUP_REQUESTS, concurrency: CONCURRENCY });
  await runLoad({ url: gatewayUrl, headers: () => ({}), body: bodies.refused, requests: WARMUP_REQUESTS, concurrency: CONCURRENCY, succeeded: refusedOk });

  const rounds: Round[] = [];
  const entryNumbers: string[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const target of ['refused', 'entry'] as const) {
      const gatewayBefore = gateway.cpuMs();
      const subgraphBefore = subgraph.cpuMs();
      const result = await runLoad({
        url: gatewayUrl, headers: () => ({}), body: bodies[target], requests: ENTRIES_PER_ROUND, concurrency: CONCURRENCY,
        ...(target === 'refused' ? { succeeded: refusedOk } : { keepAnswers: true }),
      });
      if (target === 'entry') entryNumbers.push(...result.answers.map((answer) => (answer as { participate: { entryNumber: string } }).participate.entryNumber));
      rounds.push({
        target,
        p50Ms: percentile(result.latenciesMs, 50),
        p99Ms: percentile(result.latenciesMs, 99),
        perSecond: (result.requests * 1000) / result.wallMs,
        gatewayCpuMsPerRequest: (gateway.cpuMs() - gatewayBefore) / result.requests,
        subgraphCpuMsPerRequest: (subgraph.cpuMs() - subgraphBefore) / result.requests,
        errors: result.errors,
      });
    }
  }

  // Every accepted entry is in the table exactly once, with its own number, and its events were written.
  const [check] = await orm.em.fork().execute<{ rows: string; phones: string; sequences: string; numbers: string }[]>(
    `select count(*)::text as rows, count(distinct phone_index)::text as phones, count(distinct entry_sequence)::text as sequences,
       count(distinct entry_number)::text as numbers from "participation"."participation" where event_id = ?`,
    [benchEvent],
  );
  const stored = new Set((await orm.em.fork().execute<{ entry_number: string }[]>('select entry_number from "participation"."participation" where event_id = ?', [benchEvent])).map((row) => row.entry_number));
  const accepted = entryNumbers.length;
  const rows = Number(check!.rows);
  const lost = entryNumbers.filter((number) => !stored.has(number)).length;
  const duplicated = rows - Math.min(Number(check!.phones), Number(check!.sequences), Number(check!.numbers));
  const unanswered = rows - new Set(entryNumbers).size;
  const eventCounts = await Promise.all(consumers.map(async (name) => Number((await orm.em.fork().execute<{ count: string }[]>(
    `select count(*)::text as count from pgboss.job where name = ? and data->'data'->>'eventId' = ?`, [name, benchEvent],
  ))[0]!.count)));

  const summary = Object.fromEntries((['refused', 'entry'] as const).map((target) => {
    const mine = rounds.filter((r) => r.target === target);
    return [target, {
      p50Ms: median(mine.map((r) => r.p50Ms)),
      p99Ms: median(mine.map((r) => r.p99Ms)),
      perSecond: median(mine.map((r) => r.perSecond)),
      gatewayCpuMsPerRequest: median(mine.map((r) => r.gatewayCpuMsPerRequest)),
      subgraphCpuMsPerRequest: median(mine.map((r) => r.subgraphCpuMsPerRequest)),
      errors: mine.reduce((sum, r) => sum + r.errors, 0),
    }];
  })) as Record<Target, Omit<Round, 'target'>>;
  const throughputRatio = summary.entry.perSecond / summary.refused.perSecond;
  const row = (target: Target, label: string) => {
    const s = summary[target];
    return `| ${label} | ${round(s.p50Ms)} | ${round(s.p99Ms)} | ${Math.round(s.perSecond)} | ${round(s.gatewayCpuMsPerRequest, 3)} | ${round(s.subgraphCpuMsPerRequest, 3)} | ${s.errors} |`;
  };
  const verdict = summary.entry.perSecond >= GOAL_ENTRIES_PER_SECOND ? 'met' : 'NOT met';
  const markdown = `## Customer entries (\`npm run bench -- participate\`)

\`participate\` through the gateway into one event; ${ROUNDS} alternating rounds of ${ENTRIES_PER_ROUND} requests, ${CONCURRENCY} in flight, medians over rounds. Participation subgraph and gateway are their own processes (production mode, PostgreSQL and Redis on this machine, two subscribed consumers of ParticipantRegistered); CPU is user+system time from /proc.
Run: ${environmentLine()}.

| requests | p50 ms | p99 ms | per s | gateway CPU ms/req | subgraph CPU ms/req | errors |
| --- | --- | --- | --- | --- | --- | --- |
${row('refused', 'baseline: entry refused by validation (same hop, no transaction)')}
${row('entry', 'entries written (transaction, entry number, ParticipantRegistered)')}

- Sustained **${Math.round(summary.entry.perSecond)} entries/s** with p99 ${round(summary.entry.p99Ms)} ms: goal of ${GOAL_ENTRIES_PER_SECOND} entries/s **${verdict}**. Entries run at **${round(throughputRatio, 2)}×** the baseline's rate.
- After the run: ${accepted} entries accepted, ${rows} rows stored; **${lost} lost, ${Math.max(duplicated, 0)} duplicated** (phone, sequence and entry number each distinct), ${Math.max(unanswered, 0)} rows without an answer; ParticipantRegistered rows per consumer: ${eventCounts.join(', ')} (of ${rows}).
`;
  writeReport('participate', markdown, { environment: environmentLine(), rounds, summary, accepted, rows, lost, duplicated, unanswered, eventCounts });
  process.stdout.write(markdown);
  if (lost || duplicated || unanswered || eventCounts.some((count) => count !== rows)) process.exitCode = 1;
} finally {
  for (const service of services.reverse()) await service.stop();
  await queue.stop();
  await orm.close();
  await bench.dispose();
}

/** Publishes an event as the events subgraph does, and waits until participation has applied it. */
async function publishEvent(): Promise<string> {
  const eventId = randomUUID();
  const now = Date.now();
  const publisher = createDomainEventPublisher('events', queue);
  await orm.em.fork().transactional((em) =>
    publisher.publish(em, 'EventPublished', {
      eventId, ownerId: randomUUID(), title: 'bench', purpose: 'NEW_CUSTOMERS', channels: ['LOCAL_TV', 'INSTAGRAM', 'KAKAO_CHANNEL'],
      startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(), announcesAt: null,
      prize: { name: 'bench', quantity: 1, unitValueKrw: 0 }, publishedAt: new Date(now).toISOString(),
    }),
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const rows = await orm.em.fork().execute<unknown[]>('select 1 from "participation"."event_facts" where id = ?', [eventId]);
    if (rows.length) return eventId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the participation subgraph did not apply EventPublished in time');
}
