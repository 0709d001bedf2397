import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '@attendgate/gateway/testing';
import { startGateway, type RunningGateway } from '@attendgate/gateway';
import { composeSupergraph, domainEventTopic, freePort, REPO_ROOT } from '@attendgate/platform';
import type { SimulatorServer } from '@attendgate/simulators';
import users from '@attendgate/users';
import events from '../src/index.ts';
import { ALL_CHANNELS, APPROVE, CHANNEL_FORMATS, CHANNEL_SIMULATORS, CREATE, EVENT, IMAGES, JOB, REQUEST_AI, SELECT, draftInput, eventually } from './support/fixtures.ts';
import { FAST_SETTINGS } from './support/stack.ts';

/**
 * A worker killed for real: the events subgraph runs as its own process and is SIGKILLed while a
 * distribution job is half done (five channels posted, one request in flight). A new process takes over
 * once the queue's supervisor sees the job expire, and the job completes exactly once: no channel is
 * posted twice, one DistributionCompleted.
 */
let stack: TestStack;
let gateway: RunningGateway;
let child: ChildProcess | undefined;
let env: Record<string, string>;
let port: number;

const sims = () => stack.simulators as SimulatorServer;
const sql = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
  stack.subgraphs.users!.runtime.orm.em.getConnection().execute<T[]>(text, values);

async function startEventsProcess(): Promise<ChildProcess> {
  const process_ = spawn(process.execPath, ['subgraphs/events/src/main.ts'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  process_.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  await eventually(async () => {
    if (process_.exitCode !== null) throw new Error(`events exited:\n${stderr}`);
    return fetch(`http://127.0.0.1:${port}/readyz`).then((r) => (r.ok ? true : undefined), () => undefined);
  }, 60_000);
  return process_;
}

async function graphql(query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: any[] };
}

async function jobDone(token: string, id: string, timeoutMs = 30_000) {
  return eventually(async () => {
    const job = (await graphql(JOB, { id }, token)).data?.job;
    return job?.status === 'SUCCEEDED' ? job : undefined;
  }, timeoutMs);
}

beforeAll(async () => {
  // The stack brings the database, Redis prefix, secrets, simulators and the users subgraph; events runs apart.
  const gatewayPort = await freePort();
  port = await freePort();
  stack = await startTestStack({ subgraphs: [users], simulators: true, env: { PUBLIC_URL: `http://127.0.0.1:${gatewayPort}` } });
  env = {
    ...stack.env, ...FAST_SETTINGS, PUBLIC_URL: `http://127.0.0.1:${gatewayPort}`, EVENTS_PORT: String(port), NODE_ENV: 'test',
    // Naver Blog answers slowly (3 s) but within its timeout: the moment to kill the worker.
    EVENTS_NAVER_BLOG_TIMEOUT_MS: '3500', EVENTS_NAVER_BLOG_RETRIES: '0', EVENTS_DISTRIBUTION_DEADLINE_MS: '4000',
  };
  child = await startEventsProcess();
  const supergraphSdl = composeSupergraph([
    { name: 'users', url: stack.subgraphs.users!.url, typeDefs: readFileSync(users.schemaFile, 'utf8') },
    { name: 'events', url: `http://127.0.0.1:${port}/graphql`, typeDefs: readFileSync(events.schemaFile, 'utf8') },
  ]).supergraphSdl;
  gateway = await startGateway({ env, port: gatewayPort, supergraphSdl });
  const queue = stack.subgraphs.users!.runtime.queue;
  await queue.createQueue({ name: 'killtest.on.DistributionCompleted' });
  await queue.subscribe(domainEventTopic('DistributionCompleted'), 'killtest.on.DistributionCompleted');
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await gateway?.stop();
  await stack?.stop();
});

describe('a worker killed mid-job', () => {
  it('is taken over by a new process and the distribution completes exactly once', { timeout: 120_000 }, async () => {
    const token = await stack.issueAccessToken({ userId: crypto.randomUUID(), role: 'OWNER' });
    const eventId = (await graphql(CREATE, { input: draftInput() }, token)).data.createEventDraft.id;
    await jobDone(token, (await graphql(REQUEST_AI, { eventId }, token)).data.requestAiRecommendations.id);
    const plan = (await graphql(EVENT, { id: eventId }, token)).data.event.recommendations[0];
    await graphql(SELECT, { eventId, recommendationId: plan.id }, token);
    await jobDone(token, (await graphql(IMAGES, { eventId, style: 'SIMPLE', platforms: CHANNEL_FORMATS }, token)).data.generateEventImages.id, 60_000);

    sims().faults.set('naver-blog', { latencyMs: 3_000 });
    const job = (await graphql(APPROVE, { eventId, channels: ALL_CHANNELS }, token)).data.approveAndDistribute;
    await eventually(async () => {
      const [row] = await sql<{ n: string }>(`select count(*)::text as n from events.channel_distribution where event_id = ? and status = 'PUBLISHED'`, [eventId]);
      return Number(row!.n) === 5 && sims().requests('naver-blog').length === 1 ? true : undefined;
    }, 30_000);
    child!.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    const [mid] = await sql<{ status: string; attempts: number }>('select status, attempts from events.job where id = ?', [job.id]);
    expect(mid).toEqual({ status: 'RUNNING', attempts: 1 });

    sims().faults.clear('naver-blog');
    child = await startEventsProcess();
    const done = await jobDone(token, job.id, 60_000);
    expect(done.attempts).toBe(2);

    const event = (await graphql(EVENT, { id: eventId }, token)).data.event;
    expect(event.distributions.every((d: any) => d.status === 'PUBLISHED')).toBe(true);
    for (const channel of ALL_CHANNELS) {
      const name = CHANNEL_SIMULATORS[channel];
      const state = { 'local-tv': sims().localTv, 'genie-tv': sims().genieTv, instagram: sims().instagram, 'naver-blog': sims().naverBlog, 'kakao-channel': sims().kakaoChannel, 'ringo-biz': sims().ringoBiz }[name];
      expect(state.list(), channel).toHaveLength(1);
    }
    // The five channels posted before the kill were not asked again; Naver Blog was asked once more.
    expect(sims().requests('local-tv')).toHaveLength(1);
    expect(sims().requests('naver-blog')).toHaveLength(2);
    const completed = await sql<{ n: string }>(`select count(*)::text as n from pgboss.job where name = 'killtest.on.DistributionCompleted' and data->'data'->>'eventId' = ?`, [eventId]);
    expect(Number(completed[0]!.n)).toBe(1);
  });
});
