/**
 * Benchmark: how fast the job workers go.
 *
 * 1. Drain rate: no-op jobs through the platform queue (pg-boss, the events workers' settings: 4 at a time
 *    per process, polling every 2 s but woken by NOTIFY), jobs per second once they are all queued.
 * 2. Distribution: approve → job SUCCEEDED (the job row's own timestamps) to all six channels, each channel
 *    stand-in answering after 200 ms, against one channel alone (링고비즈: one call; Instagram: two calls
 *    plus downloading the poster) in the same run. In parallel, six should cost about the slowest one.
 */
import { createJobQueue, createLogger } from '@attendgate/platform';
import { environmentLine, writeReport } from './lib/report.ts';
import { median, round } from './lib/stats.ts';
import { startEventsSystem } from './lib/eventsSystem.ts';

const DRAIN_JOBS = Number(process.env.BENCH_DRAIN_JOBS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CHANNEL_LATENCY_MS = 200;
const CHANNELS = ['LOCAL_TV', 'GENIE_TV', 'INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL', 'RINGO_BIZ'];
const SIMULATORS = ['local-tv', 'genie-tv', 'instagram', 'naver-blog', 'kakao-channel', 'ringo-biz'] as const;

const system = await startEventsSystem();
try {
  // 1. Drain rate.
  const queue = createJobQueue({ url: system.databaseUrl, logger: createLogger({ service: 'bench', level: 'warn' }) });
  await queue.start();
  await queue.createQueue({ name: 'bench.noop' });
  for (let sent = 0; sent < DRAIN_JOBS; sent += 100) {
    await queue.boss.insert('bench.noop', Array.from({ length: Math.min(100, DRAIN_JOBS - sent) }, (_, i) => ({ data: { n: sent + i } })));
  }
  let done = 0;
  let finished: () => void = () => {};
  const allDone = new Promise<void>((resolve) => (finished = resolve));
  const started = performance.now();
  await queue.define<{ n: number }>({ name: 'bench.noop', concurrency: 4, handler: async () => void (++done >= DRAIN_JOBS && finished()) });
  await allDone;
  const drainPerSecond = (DRAIN_JOBS * 1000) / (performance.now() - started);
  await queue.stop();

  // 2. Distribution.
  const token = await system.ownerToken();
  system.sims.faults.set('image-generator', { down: true });
  const ready = async () => {
    const { createEventDraft } = await system.graphql(token, 'mutation($i: CreateEventDraftInput!) { createEventDraft(input: $i) { id } }', { i: { purpose: 'AWARENESS', store: { name: '벤치 카페', category: 'cafe', region: '서울' } } });
    const id = createEventDraft.id as string;
    const wait = async (jobId: string) => {
      for (;;) {
        const { job } = await system.graphql(token, 'query($id: ID!) { job(id: $id) { status createdAt finishedAt } }', { id: jobId });
        if (job.status === 'SUCCEEDED') return job as { createdAt: string; finishedAt: string };
        if (job.status === 'DEAD') throw new Error(`job ${jobId} died`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    await wait((await system.graphql(token, 'mutation($id: ID!) { requestAiRecommendations(eventId: $id) { id } }', { id })).requestAiRecommendations.id);
    const { event } = await system.graphql(token, 'query($id: ID!) { event(id: $id) { recommendations { id } } }', { id });
    await system.graphql(token, 'mutation($id: ID!, $r: ID!) { selectRecommendation(eventId: $id, recommendationId: $r) { id } }', { id, r: event.recommendations[0].id });
    await wait((await system.graphql(token, 'mutation($id: ID!) { generateEventImages(eventId: $id, style: SIMPLE, platforms: [TV_SCREEN, INSTAGRAM_SQUARE, BLOG_BANNER, KAKAO_FEED]) { id } }', { id })).generateEventImages.id);
    return { id, wait };
  };
  const distribute = async (channels: string[]) => {
    const { id, wait } = await ready();
    const { approveAndDistribute } = await system.graphql(token, 'mutation($id: ID!, $c: [MediaChannel!]!) { approveAndDistribute(eventId: $id, channels: $c) { id } }', { id, c: channels });
    const job = await wait(approveAndDistribute.id);
    return Date.parse(job.finishedAt) - Date.parse(job.createdAt);
  };
  for (const name of SIMULATORS) system.sims.faults.set(name, { latencyMs: CHANNEL_LATENCY_MS });
  const targets = { ringo: ['RINGO_BIZ'], instagram: ['INSTAGRAM'], all: CHANNELS } as const;
  await distribute(CHANNELS); // warm-up
  const times: Record<keyof typeof targets, number[]> = { ringo: [], instagram: [], all: [] };
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    for (const target of Object.keys(targets) as (keyof typeof targets)[]) times[target].push(await distribute([...targets[target]]));
  }
  const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<keyof typeof targets, number>;
  const markdown = `## Job workers (\`npm run bench -- events-workers\`)

Run: ${environmentLine()}. Events subgraph and gateway are separate processes, production mode.

**Drain rate**: ${DRAIN_JOBS} no-op jobs queued first, then drained by one worker process (platform queue, 4 at a time, as the events workers): **${Math.round(drainPerSecond)} jobs/s**.

**Distribution** (approval to job SUCCEEDED, from the job row's own timestamps; every channel stand-in answers after ${CHANNEL_LATENCY_MS} ms; medians of ${ROUNDS} alternating rounds):

| channels | ms |
| --- | --- |
| 링고비즈 alone (one call) | ${round(ms.ringo, 0)} |
| Instagram alone (two calls and the poster download) | ${round(ms.instagram, 0)} |
| all six in parallel | ${round(ms.all, 0)} |

- Six channels take **${round(ms.all / ms.instagram, 2)}×** the slowest single channel (goal: close to 1), **${round(ms.all / (ms.ringo * 5 + ms.instagram), 2)}×** what six in a row would take.
`;
  writeReport('events-workers', markdown, { environment: environmentLine(), drainPerSecond, times, medians: ms });
  process.stdout.write(markdown);
} finally {
  await system.stop();
}
