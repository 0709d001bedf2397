import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APPROVE, EVENT, JOB, REQUEST_AI, RETRY_JOB, SELECT, count, createDraft, eventually, firstError, jobReaches, readyEvent } from './support/fixtures.ts';
import { startEventsStack, type EventsStack } from './support/stack.ts';

let stack: EventsStack;
beforeAll(async () => {
  // A breaker that never opens here (tests share the process's breaker); aiBreaker.test.ts proves it opens.
  stack = await startEventsStack({ EVENTS_AI_BREAKER_MINIMUM_CALLS: '1000', EVENTS_AI_BREAKER_WINDOW: '1000' });
});
afterAll(async () => stack?.stop());
beforeEach(() => stack.simulators.reset());

/** A store nobody else in this file uses, so the AI cache starts empty for it. */
let stores = 0;
const freshStore = () => ({ store: { name: `가게 ${++stores}-${Date.now()}`, category: 'bakery', region: '부산 해운대구' } });

async function flushAiCache() {
  const redis = stack.subgraph.runtime.redis!;
  const keys = await redis.keys(`${stack.env.REDIS_KEY_PREFIX}events:ai-plans:*`);
  if (keys.length) await redis.del(...keys);
}

describe('AI recommendations', () => {
  it('a double click, even concurrent, starts one job and returns it to both', async () => {
    const { token } = await stack.owner();
    const event = await createDraft(stack, token, freshStore());
    const results = await Promise.all([1, 2, 3].map(() => stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token })));
    const ids = new Set(results.map((r) => r.body.data?.requestAiRecommendations?.id));
    expect(ids.size).toBe(1);
    expect(await count(stack, 'job', 'event_id = ?', [event.id])).toBe(1);
    const [queued] = await stack.sql<{ n: string }>(`select count(*)::text as n from pgboss.job where name = 'events.ai-recommendation' and data->>'jobId' = ?`, [[...ids][0]]);
    expect(Number(queued!.n)).toBe(1);
    await jobReaches(stack, token, [...ids][0]!, ['SUCCEEDED']);
  });

  it('plans differ by purpose and category, and the same inputs are answered from the 24 h cache', async () => {
    const { token } = await stack.owner();
    const store = freshStore();
    const first = await readyEvent(stack, token, { ...store, purpose: 'REVISIT' });
    const calls = stack.simulators.aiProvider.completions;
    const second = await createDraft(stack, token, { ...store, purpose: 'REVISIT' });
    const job = (await stack.graphql({ query: REQUEST_AI, variables: { eventId: second.id }, token })).body.data.requestAiRecommendations;
    const done = await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    expect(done.result).toMatchObject({ __typename: 'RecommendationsResult', origin: 'CACHE' });
    expect(stack.simulators.aiProvider.completions).toBe(calls);
    const plansOf = async (id: string) => (await stack.graphql({ query: EVENT, variables: { id }, token })).body.data.event.recommendations.map((r: any) => r.title);
    expect(await plansOf(second.id)).toEqual(await plansOf(first.id));

    const other = await readyEvent(stack, token, { ...store, purpose: 'SALES_BOOST' });
    expect(await plansOf(other.id)).not.toEqual(await plansOf(first.id));
    const redis = stack.subgraph.runtime.redis!;
    const [key] = await redis.keys(`${stack.env.REDIS_KEY_PREFIX}events:ai-plans:*`);
    expect(await redis.pttl(key!)).toBeGreaterThan(23 * 3_600_000);
  });

  it('when the provider fails, the last good answer for the same inputs is used (FALLBACK)', async () => {
    const { token } = await stack.owner();
    const store = freshStore();
    await readyEvent(stack, token, store);
    await flushAiCache();
    stack.simulators.faults.set('ai-provider', { down: true });
    const event = await createDraft(stack, token, store);
    const job = (await stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token })).body.data.requestAiRecommendations;
    const done = await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    expect(done.result.origin).toBe('FALLBACK');
    const plans = (await stack.graphql({ query: EVENT, variables: { id: event.id }, token })).body.data.event.recommendations;
    expect(plans.length).toBeGreaterThanOrEqual(3);
    expect(plans.every((p: any) => p.fromFallback)).toBe(true);
  });

  it('without any fallback, the job retries with backoff, then is DEAD in the dead-letter queue and the event is a draft again; retryJob revives it', { timeout: 60_000 }, async () => {
    const { token } = await stack.owner();
    stack.simulators.faults.set('ai-provider', { down: true });
    const event = await createDraft(stack, token, freshStore());
    const job = (await stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token })).body.data.requestAiRecommendations;
    const failed = await jobReaches(stack, token, job.id, ['FAILED']);
    expect(failed).toMatchObject({ attempts: 1, errorCode: 'UPSTREAM_UNAVAILABLE', nextRetryAt: expect.any(String) });
    const dead = await jobReaches(stack, token, job.id, ['DEAD'], 30_000);
    expect(dead).toMatchObject({ attempts: 3, maxAttempts: 3, errorCode: 'UPSTREAM_UNAVAILABLE', event: { status: 'DRAFT' } });
    await eventually(async () => ((await stack.subgraph.runtime.queue.deadLetters<{ jobId: string }>('events.ai-recommendation')).some((j) => j.data.jobId === job.id) ? true : undefined));
    // Three runs of two attempts each; the runs spaced by the job backoff (at least 1 s, then 2 s).
    const calls = stack.simulators.requests('ai-provider').map((r) => Date.parse(r.time));
    expect(calls).toHaveLength(6);
    expect(calls[2]! - calls[1]!).toBeGreaterThanOrEqual(900);
    expect(calls[4]! - calls[3]!).toBeGreaterThanOrEqual(1_900);

    // Retrying a job that is not DEAD is refused.
    const selected = await stack.graphql({ query: SELECT, variables: { eventId: event.id, recommendationId: job.id }, token });
    expect(firstError(selected)).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'DRAFT' } });
    // Approving a draft without a recommendation is refused, nothing changes.
    const approve = await stack.graphql({ query: APPROVE, variables: { eventId: event.id, channels: ['RINGO_BIZ'] }, token });
    expect(firstError(approve)).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'DRAFT' } });

    stack.simulators.faults.clear('ai-provider');
    const other = await stack.owner();
    expect(firstError(await stack.graphql({ query: RETRY_JOB, variables: { jobId: job.id }, token: other.token })).code).toBe('NOT_FOUND');
    const retried = await stack.graphql({ query: RETRY_JOB, variables: { jobId: job.id }, token });
    expect(retried.body.data.retryJob).toMatchObject({ id: job.id, status: 'QUEUED', maxAttempts: 6, event: { status: 'RECOMMENDING' } });
    const again = await stack.graphql({ query: RETRY_JOB, variables: { jobId: job.id }, token });
    expect(firstError(again)).toMatchObject({ code: 'INVALID_STATE' });
    const succeeded = await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    expect(succeeded).toMatchObject({ attempts: 4, event: { status: 'READY' } });
    expect((await stack.subgraph.runtime.queue.deadLetters<{ jobId: string }>('events.ai-recommendation')).some((j) => j.data.jobId === job.id)).toBe(false);
  });

  it('selecting refuses a recommendation of another event, or an unknown one, with NOT_FOUND and changes nothing', async () => {
    const { token } = await stack.owner();
    const mine = await readyEvent(stack, token, freshStore());
    const other = await readyEvent(stack, token, freshStore());
    const othersPlan = (await stack.graphql({ query: EVENT, variables: { id: other.id }, token })).body.data.event.recommendations[0].id;
    for (const recommendationId of [othersPlan, '00000000-0000-4000-8000-000000000000', 'nonsense']) {
      const result = await stack.graphql({ query: SELECT, variables: { eventId: mine.id, recommendationId }, token });
      expect(firstError(result).code).toBe('NOT_FOUND');
    }
    expect((await stack.graphql({ query: EVENT, variables: { id: mine.id }, token })).body.data.event.chosenRecommendation.id).toBe(mine.chosenRecommendation.id);
    expect(firstError(await stack.graphql({ query: RETRY_JOB, variables: { jobId: '00000000-0000-4000-8000-000000000000' }, token })).code).toBe('NOT_FOUND');
  });

  it('an operator may retry a dead job; a customer may not even see it', async () => {
    const { token } = await stack.owner();
    const operator = await stack.owner('OPERATOR');
    const customer = await stack.owner('CUSTOMER');
    const event = await createDraft(stack, token, freshStore());
    const job = (await stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token })).body.data.requestAiRecommendations;
    await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    // Operators handle jobs; the event's own fields stay the owner's (and admins').
    const asOperator = await stack.graphql({ query: 'query($id: ID!) { job(id: $id) { id status event { id } } }', variables: { id: job.id }, token: operator.token });
    expect(asOperator.body.data.job).toEqual({ id: job.id, status: 'SUCCEEDED', event: { id: event.id } });
    expect(firstError(await stack.graphql({ query: JOB, variables: { id: job.id }, token: customer.token })).code).toBe('NOT_FOUND');
    expect(firstError(await stack.graphql({ query: RETRY_JOB, variables: { jobId: job.id }, token: operator.token }))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'SUCCEEDED' } });
  });
});
