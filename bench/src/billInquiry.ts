/**
 * Benchmark: a bill inquiry through the gateway, served from the cache and not (seed 003's response goals:
 * "요금 조회: < 1초 (캐시 히트 시 < 200ms)").
 *
 * Every service is its own process (simulators, billing subgraph, gateway). Four targets, alternating in
 * rounds so machine noise hits all alike, figures are medians over rounds:
 * - baseline: `line(id)`, an authenticated read of one row through the gateway (the floor of any billing query);
 * - cached: `bill(lineId, month)` for a bill already in Redis;
 * - uncached: a bill never asked for before (every request a new line and month), from KOS answering at once,
 *   which is billing's own cost of a miss;
 * - uncached, carrier latency: the same with KOS answering after CARRIER_LATENCY_MS (a stand-in for a real
 *   carrier backend; the seed's "< 1 s" is meant for this case).
 * Every inquiry also queues its history record, as in production.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, createAccessTokenIssuer, createLogger, freePort, migrateSubgraph } from '@attendgate/platform';
import billing from '@attendgate/billing';
import { createBenchEnvironment } from './lib/benchEnvironment.ts';
import { runLoad } from './lib/load.ts';
import { startService, type ServiceProcess } from './lib/processes.ts';
import { environmentLine, writeReport } from './lib/report.ts';
import { percentile, round, summariseRounds } from './lib/stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Few in flight: the seed's goals are one person's wait, not a saturated server's queue. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const CACHED_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000);
const UNCACHED_REQUESTS = Number(process.env.BENCH_UNCACHED_REQUESTS ?? 300);
const WARMUP_REQUESTS = 200;
/** How long the simulated carrier takes to answer in the last target (our assumption; the seed gives none). */
const CARRIER_LATENCY_MS = Number(process.env.BENCH_CARRIER_LATENCY_MS ?? 200);
/** Months of bills a line has online (KOS keeps 24), so each line gives 24 distinct uncached inquiries. */
const MONTHS_PER_LINE = 24;
/** Seed 003's goals, in ms. */
const GOAL_CACHED_MS = 200;
const GOAL_UNCACHED_MS = 1_000;

type Target = 'baseline' | 'cached' | 'uncached' | 'carrier';
const TARGETS: Target[] = ['baseline', 'cached', 'uncached', 'carrier'];
const LABELS: Record<Target, string> = {
  baseline: '`line(id)` (baseline: one row, no KOS)',
  cached: '`bill`, cache hit',
  uncached: '`bill`, cache miss, KOS answering at once',
  carrier: `\`bill\`, cache miss, KOS answering in ${CARRIER_LATENCY_MS} ms`,
};
interface Round {
  target: Target;
  p50Ms: number;
  p99Ms: number;
  throughputPerSecond: number;
  billingCpuMsPerRequest: number;
  errors: number;
}

const logger = createLogger({ service: 'bench', level: 'warn' });
const bench = await createBenchEnvironment();
const { env: common, secrets, workDir } = bench;
const services: ServiceProcess[] = [];

try {
  await migrateSubgraph(billing, { DATABASE_URL: bench.databaseUrl }, logger);
  const simulatorsPort = await freePort();
  const simulatorsUrl = `http://127.0.0.1:${simulatorsPort}`;
  services.push(await startService('simulators/src/main.ts', { SIMULATORS_PORT: String(simulatorsPort) }, `${simulatorsUrl}/healthz`));

  const billingPort = await freePort();
  const billingUrl = `http://127.0.0.1:${billingPort}/graphql`;
  const subgraph = await startService('subgraphs/billing/src/main.ts', {
    ...common, BILLING_PORT: String(billingPort), KOS_URL: `${simulatorsUrl}/kos`, PAYMENT_GATEWAY_URL: `${simulatorsUrl}/payment-gateway`,
  }, `http://127.0.0.1:${billingPort}/readyz`);
  services.push(subgraph);

  const supergraphFile = path.join(workDir, 'supergraph.graphql');
  fs.writeFileSync(supergraphFile, composeSupergraph([{ name: 'billing', url: billingUrl, typeDefs: fs.readFileSync(billing.schemaFile, 'utf8') }]).supergraphSdl);
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  services.push(await startService('gateway/src/main.ts', { ...common, GATEWAY_PORT: String(gatewayPort), SUPERGRAPH_FILE: supergraphFile, GATEWAY_RATE_LIMIT_PER_MINUTE: '1000000000' }, `http://127.0.0.1:${gatewayPort}/readyz`));

  const issue = createAccessTokenIssuer(secrets.JWT_PRIVATE_KEY, { issuer: 'attendgate', audience: 'attendgate-api', ttlMs: 3_600_000 });
  const customerId = crypto.randomUUID();
  const operator = `Bearer ${(await issue({ userId: crypto.randomUUID(), role: 'OPERATOR', sessionId: 'bench-operator' })).token}`;
  const customer = `Bearer ${(await issue({ userId: customerId, role: 'CUSTOMER', sessionId: 'bench-customer' })).token}`;

  // Lines opened long ago, so every one of the 24 months online has a bill.
  const uncachedNeeded = WARMUP_REQUESTS * 2 + ROUNDS * UNCACHED_REQUESTS * 2;
  const lineIds: string[] = [];
  for (let i = 0; i < Math.ceil(uncachedNeeded / MONTHS_PER_LINE) + 3; i++) {
    const number = `0107${String(1_000_000 + i).padStart(7, '0')}`;
    await admin(simulatorsUrl, 'PUT', `/kos/subscribers/${number}`, { activationDt: '20200115', svcStatus: 'ACTIVE' });
    const registered = await post(gatewayUrl, operator, { query: 'mutation($u: ID!, $n: String!) { registerLine(userId: $u, phoneNumber: $n) { id } }', variables: { u: customerId, n: number } });
    lineIds.push(registered.data.registerLine.id);
  }
  const months = Array.from({ length: MONTHS_PER_LINE }, (_, back) => monthBack(back));
  const fresh = lineIds.slice(1).flatMap((lineId) => months.map((month) => ({ lineId, month })));
  let freshCursor = 0;

  const BILL = 'query($lineId: ID!, $month: String!) { bill(lineId: $lineId, month: $month) { totalKrw dueDate paymentStatus cached stale } }';
  const bodies: Record<Target, string | (() => string)> = {
    baseline: JSON.stringify({ query: 'query($id: ID!) { line(id: $id) { id maskedNumber } }', variables: { id: lineIds[0] } }),
    cached: JSON.stringify({ query: BILL, variables: { lineId: lineIds[0], month: monthBack(1) } }),
    uncached: () => JSON.stringify({ query: BILL, variables: fresh[freshCursor++] }),
    carrier: () => JSON.stringify({ query: BILL, variables: fresh[freshCursor++] }),
  };
  const requestsOf: Record<Target, number> = { baseline: CACHED_REQUESTS, cached: CACHED_REQUESTS, uncached: UNCACHED_REQUESTS, carrier: UNCACHED_REQUESTS };
  const kosLatency = (target: Target) => admin(simulatorsUrl, 'PUT', '/faults/kos', target === 'carrier' ? { latencyMs: CARRIER_LATENCY_MS } : {});

  // The cached target must hit and the others miss: checked once, so a broken cache cannot look fast.
  const probe = await post(gatewayUrl, customer, JSON.parse(bodies.cached as string));
  const hit = await post(gatewayUrl, customer, JSON.parse(bodies.cached as string));
  if (probe.data?.bill?.cached !== false || hit.data?.bill?.cached !== true) throw new Error(`cache did not behave: ${JSON.stringify([probe, hit])}`);
  const miss = await post(gatewayUrl, customer, JSON.parse((bodies.uncached as () => string)()));
  if (miss.data?.bill?.cached !== false) throw new Error(`expected a miss: ${JSON.stringify(miss)}`);

  for (const target of TARGETS) {
    await kosLatency(target);
    await runLoad({ url: gatewayUrl, headers: () => ({ authorization: customer }), body: bodies[target], requests: target === 'baseline' || target === 'cached' ? WARMUP_REQUESTS * 2 : WARMUP_REQUESTS, concurrency: CONCURRENCY });
  }
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const target of TARGETS) {
      await kosLatency(target);
      const cpuBefore = subgraph.cpuMs();
      const result = await runLoad({ url: gatewayUrl, headers: () => ({ authorization: customer }), body: bodies[target], requests: requestsOf[target], concurrency: CONCURRENCY });
      rounds.push({
        target,
        p50Ms: percentile(result.latenciesMs, 50),
        p99Ms: percentile(result.latenciesMs, 99),
        throughputPerSecond: (result.requests * 1000) / result.wallMs,
        billingCpuMsPerRequest: (subgraph.cpuMs() - cpuBefore) / result.requests,
        errors: result.errors,
      });
    }
  }
  await kosLatency('baseline');

  const summary = summariseRounds(rounds, TARGETS);

  const row = (target: Target) => {
    const s = summary[target];
    return `| ${LABELS[target]} | ${round(s.p50Ms)} | ${round(s.p99Ms)} | ${Math.round(s.throughputPerSecond)} | ${round(s.billingCpuMsPerRequest, 3)} | ${round(s.p50Ms / summary.baseline.p50Ms, 2)}× | ${s.errors} |`;
  };
  const verdict = (target: Target, goalMs: number) => `${round(summary[target].p50Ms)} ms (goal < ${goalMs} ms: ${summary[target].p50Ms < goalMs ? 'met' : 'missed'}, ${round(goalMs / summary[target].p50Ms, 1)}× headroom)`;
  const markdown = `## Bill inquiry (\`npm run bench -- bill-inquiry\`)

\`bill(lineId, month)\` through the gateway, as a customer; every service its own process; ${ROUNDS} alternating rounds (${CACHED_REQUESTS} requests for the baseline and cache hits, ${UNCACHED_REQUESTS} for misses, each miss a line and month never asked for), ${CONCURRENCY} in flight, medians over rounds. Every inquiry also queues its history record. Billing CPU is the subgraph process's user+system time (its inquiry-history worker included).
Run: ${environmentLine()}. Absolute times grow with the machine's load (shared, 2 cores); the ratios within the run are the comparable figures.

| target | p50 ms | p99 ms | req/s | billing CPU ms/req | p50 vs baseline | errors |
| --- | --- | --- | --- | --- | --- | --- |
${TARGETS.map(row).join('\n')}

- Cache hit p50 ${verdict('cached', GOAL_CACHED_MS)}; a hit costs **${round(summary.cached.p50Ms / summary.baseline.p50Ms, 2)}×** the one-row baseline.
- Cache miss p50 ${verdict('uncached', GOAL_UNCACHED_MS)} with KOS answering at once, ${verdict('carrier', GOAL_UNCACHED_MS)} with KOS taking ${CARRIER_LATENCY_MS} ms: billing adds ${round(summary.carrier.p50Ms - CARRIER_LATENCY_MS)} ms to the carrier's time.
- Miss over hit: p50 **${round(summary.uncached.p50Ms / summary.cached.p50Ms, 2)}×** (KOS at once).
`;
  writeReport('bill-inquiry', markdown, { environment: environmentLine(), carrierLatencyMs: CARRIER_LATENCY_MS, rounds, summary });
  process.stdout.write(markdown);
} finally {
  for (const service of services.reverse()) await service.stop();
  await bench.dispose();
}

/** `YYYY-MM`, `back` months before this month in Korea. */
function monthBack(back: number): string {
  const kst = new Date(Date.now() + 9 * 3_600_000);
  const index = kst.getUTCFullYear() * 12 + kst.getUTCMonth() - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

async function post(url: string, authorization: string, body: unknown): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (json.errors) throw new Error(`bench request failed: ${JSON.stringify(json.errors)}`);
  return json;
}

async function admin(simulatorsUrl: string, method: string, adminPath: string, body: unknown): Promise<void> {
  const response = await fetch(`${simulatorsUrl}/__admin${adminPath}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`simulator admin ${adminPath} answered ${response.status}`);
}
