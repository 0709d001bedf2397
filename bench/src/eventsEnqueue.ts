/**
 * Benchmark: what starting a durable job costs a mutation. `requestAiRecommendations` (lock the event, move
 * it to RECOMMENDING, write the job row and the pg-boss message in the same transaction, announce the job)
 * against a no-op mutation on the same path (`updateEventDraft` with no changes: the same transaction and
 * row lock, nothing written), through the gateway, in alternating rounds of the same run.
 *
 * Each enqueue uses its own draft (created beforehand), so every request really enqueues. The AI simulator
 * hangs, so the workers hold at most their few slots and spend no CPU while the rounds run.
 */
import { environmentLine, writeReport } from './lib/report.ts';
import { runLoad } from './lib/load.ts';
import { median, percentile, round } from './lib/stats.ts';
import { startEventsSystem } from './lib/eventsSystem.ts';

const REQUESTS_PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** p50 is measured one request at a time (queueing on 2 cores would otherwise dominate it); req/s with 8 in flight. */
const LATENCY_CONCURRENCY = 1;
const THROUGHPUT_CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARMUP = 200;

const CREATE = 'mutation($input: CreateEventDraftInput!) { createEventDraft(input: $input) { id } }';
const NOOP = JSON.stringify({ query: 'mutation($id: ID!) { updateEventDraft(eventId: $id, input: {}) { id } }' });
const ENQUEUE = 'mutation($id: ID!) { requestAiRecommendations(eventId: $id) { id status } }';

const system = await startEventsSystem({ EVENTS_AI_TIMEOUT_MS: '600000' });
try {
  system.sims.faults.set('ai-provider', { hang: true });
  const token = await system.ownerToken();
  const authorization = `Bearer ${token}`;
  // Every request gets its own draft, both kinds (no row-lock contention in either, and enqueues really enqueue).
  const needed = 2 * (WARMUP + 2 * REQUESTS_PER_ROUND * ROUNDS);
  const drafts: string[] = [];
  while (drafts.length < needed) {
    const batch = await Promise.all(Array.from({ length: 16 }, () => system.graphql(token, CREATE, { input: { purpose: 'REVISIT', store: { name: '벤치 카페', category: 'cafe', region: '서울' } } })));
    drafts.push(...batch.map((d) => d.createEventDraft.id as string));
  }
  const half = drafts.length / 2;
  let nextNoop = 0;
  let nextEnqueue = half;
  const noopBody = () => NOOP.replace('"query"', `"variables":{"id":"${drafts[nextNoop++]}"},"query"`);
  const enqueueBody = () => JSON.stringify({ query: ENQUEUE, variables: { id: drafts[nextEnqueue++]! } });
  const load = (body: () => string, requests: number, concurrency: number) =>
    runLoad({ url: system.gatewayUrl, headers: () => ({ authorization }), body, requests, concurrency });

  await load(noopBody, WARMUP, THROUGHPUT_CONCURRENCY);
  await load(enqueueBody, WARMUP, THROUGHPUT_CONCURRENCY);
  const rounds: { target: 'noop' | 'enqueue'; p50Ms: number; p99Ms: number; perSecond: number; eventsCpuMsPerRequest: number; errors: number }[] = [];
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    for (const target of ['noop', 'enqueue'] as const) {
      const body = target === 'noop' ? noopBody : enqueueBody;
      const cpuBefore = system.events.cpuMs();
      const latency = await load(body, REQUESTS_PER_ROUND, LATENCY_CONCURRENCY);
      const cpuPerRequest = (system.events.cpuMs() - cpuBefore) / latency.requests;
      const throughput = await load(body, REQUESTS_PER_ROUND, THROUGHPUT_CONCURRENCY);
      rounds.push({
        target,
        p50Ms: percentile(latency.latenciesMs, 50),
        p99Ms: percentile(latency.latenciesMs, 99),
        perSecond: (throughput.requests * 1000) / throughput.wallMs,
        eventsCpuMsPerRequest: cpuPerRequest,
        errors: latency.errors + throughput.errors,
      });
    }
  }
  const summary = Object.fromEntries((['noop', 'enqueue'] as const).map((target) => {
    const mine = rounds.filter((r) => r.target === target);
    return [target, {
      p50Ms: median(mine.map((r) => r.p50Ms)), p99Ms: median(mine.map((r) => r.p99Ms)), perSecond: median(mine.map((r) => r.perSecond)),
      eventsCpuMsPerRequest: median(mine.map((r) => r.eventsCpuMsPerRequest)), errors: mine.reduce((sum, r) => sum + r.errors, 0),
    }];
  })) as Record<'noop' | 'enqueue', { p50Ms: number; p99Ms: number; perSecond: number; eventsCpuMsPerRequest: number; errors: number }>;
  const addedP50 = summary.enqueue.p50Ms - summary.noop.p50Ms;
  const row = (target: 'noop' | 'enqueue', label: string) => {
    const s = summary[target];
    return `| ${label} | ${round(s.p50Ms)} | ${round(s.p99Ms)} | ${Math.round(s.perSecond)} | ${round(s.eventsCpuMsPerRequest, 3)} | ${s.errors} |`;
  };
  const markdown = `## Enqueue cost (\`npm run bench -- events-enqueue\`)

\`requestAiRecommendations\` (status change + job row + pg-boss message in one transaction, then a live announcement) against a no-op mutation on the same path (\`updateEventDraft\` with no changes: same transaction and row lock), through the gateway; ${ROUNDS} alternating rounds, each ${REQUESTS_PER_ROUND} requests one at a time (p50, p99, CPU) then ${REQUESTS_PER_ROUND} with ${THROUGHPUT_CONCURRENCY} in flight (req/s); medians over rounds. Each enqueue is for its own draft. Events subgraph and gateway are separate processes.
Run: ${environmentLine()}.

| mutation | p50 ms | p99 ms | req/s | events CPU ms/req | errors |
| --- | --- | --- | --- | --- | --- |
${row('noop', 'no-op (updateEventDraft, nothing changed)')}
${row('enqueue', 'requestAiRecommendations (enqueues)')}

- Added p50 of enqueueing: **${round(addedP50)} ms** (goal: under 1 ms); throughput ratio enqueue/no-op **${round(summary.enqueue.perSecond / summary.noop.perSecond, 2)}×**.
`;
  writeReport('events-enqueue', markdown, { environment: environmentLine(), rounds, summary, addedP50 });
  process.stdout.write(markdown);
} finally {
  await system.stop();
}
