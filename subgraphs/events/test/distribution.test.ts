import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listenToDomainEvents, publishedEvents } from './support/domainEvents.ts';
import {
  ALL_CHANNELS, APPROVE, END, EVENT, IMAGES, REQUEST_AI, RETRY_DISTRIBUTION, UPDATE, count, createDraft, eventWithImages, eventually, firstError, jobReaches, readyEvent,
} from './support/fixtures.ts';
import { startEventsStack, type EventsStack } from './support/stack.ts';

let stack: EventsStack;
beforeAll(async () => {
  stack = await startEventsStack();
  await listenToDomainEvents(stack);
});
afterAll(async () => stack?.stop());
beforeEach(() => stack.simulators.reset());

const approve = (token: string, eventId: string, channels: readonly string[] = ALL_CHANNELS) => stack.graphql({ query: APPROVE, variables: { eventId, channels }, token });
const eventOf = async (token: string, id: string) => (await stack.graphql({ query: EVENT, variables: { id }, token })).body.data.event;
const channelRow = (event: any, channel: string) => event.distributions.find((d: any) => d.channel === channel);

describe('approval', () => {
  it('needs a chosen recommendation: a READY event without one is refused and nothing changes', async () => {
    const { token } = await stack.owner();
    const event = await createDraft(stack, token);
    const job = (await stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token })).body.data.requestAiRecommendations;
    await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    expect(firstError(await approve(token, event.id, ['RINGO_BIZ']))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'READY', missing: ['recommendation'] } });
    expect((await eventOf(token, event.id)).status).toBe('READY');
    expect(await publishedEvents(stack, 'EventPublished', event.id)).toHaveLength(0);
  });

  it('needs the image format of every chosen channel (IMAGES_REQUIRED), but 링고비즈 needs none', async () => {
    const { token } = await stack.owner();
    const event = await readyEvent(stack, token);
    expect(firstError(await approve(token, event.id, ['INSTAGRAM', 'LOCAL_TV']))).toMatchObject({ code: 'IMAGES_REQUIRED', extensions: { platforms: ['TV_SCREEN', 'INSTAGRAM_SQUARE'] } });
    expect(await count(stack, 'job', "event_id = ? and kind = 'DISTRIBUTION'", [event.id])).toBe(0);
    expect(await count(stack, 'channel_distribution', 'event_id = ?', [event.id])).toBe(0);
    const job = (await approve(token, event.id, ['RINGO_BIZ'])).body.data.approveAndDistribute;
    await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    expect(channelRow(await eventOf(token, event.id), 'RINGO_BIZ')).toMatchObject({ status: 'PUBLISHED', costKrw: 5500 });
    const script = (stack.simulators.ringoBiz.list()[0]!.request as { script: string }).script;
    expect(script).toContain(event.title);
  });

  it('refuses bad channel lists before anything runs', async () => {
    const { token } = await stack.owner();
    const event = await readyEvent(stack, token);
    expect(firstError(await approve(token, event.id, []))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'channels' } });
    expect(firstError(await approve(token, event.id, ['MYSPACE']))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('double-clicked, even concurrently, distributes once; approving again later is INVALID_STATE', async () => {
    const { token } = await stack.owner();
    const event = await eventWithImages(stack, token);
    const results = await Promise.all([1, 2, 3].map(() => approve(token, event.id)));
    const winners = results.filter((r) => r.body.data?.approveAndDistribute);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => !r.body.data?.approveAndDistribute)) expect(firstError(loser)).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'PUBLISHED' } });
    await jobReaches(stack, token, winners[0]!.body.data.approveAndDistribute.id, ['SUCCEEDED']);
    expect(firstError(await approve(token, event.id))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'PUBLISHED' } });
    expect(stack.simulators.localTv.list()).toHaveLength(1);
    expect(await publishedEvents(stack, 'EventPublished', event.id)).toHaveLength(1);
    expect(await publishedEvents(stack, 'DistributionCompleted', event.id)).toHaveLength(1);
    // Published events can no longer be edited or get new posters.
    expect(firstError(await stack.graphql({ query: UPDATE, variables: { eventId: event.id, input: { title: '수정' } }, token })).code).toBe('INVALID_STATE');
    expect(firstError(await stack.graphql({ query: IMAGES, variables: { eventId: event.id, style: 'SIMPLE', platforms: ['BLOG_BANNER'] }, token })).code).toBe('INVALID_STATE');
  });
});

describe('distribution to the channels', () => {
  it('posts once when a channel loses its answer: the retry carries the same idempotency key', async () => {
    const { token } = await stack.owner();
    const event = await eventWithImages(stack, token);
    stack.simulators.kakaoChannel.loseNextAnswers = 1;
    const job = (await approve(token, event.id, ['KAKAO_CHANNEL', 'NAVER_BLOG'])).body.data.approveAndDistribute;
    await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    const posts = stack.simulators.kakaoChannel.list();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.idempotencyKey).toBe(`${event.id}:KAKAO_CHANNEL`);
    expect(stack.simulators.requests('kakao-channel')).toHaveLength(2);
    expect(channelRow(await eventOf(token, event.id), 'KAKAO_CHANNEL')).toMatchObject({ status: 'PUBLISHED', attempts: 2, externalPostId: posts[0]!.id, costKrw: 18000 });
  });

  it('a hanging channel fails by its own timeouts while the others publish, all within the deadline', async () => {
    const { token } = await stack.owner();
    const event = await eventWithImages(stack, token);
    stack.simulators.faults.set('genie-tv', { hang: true });
    const started = Date.now();
    const job = (await approve(token, event.id)).body.data.approveAndDistribute;
    await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(Number(stack.env.EVENTS_DISTRIBUTION_DEADLINE_MS) + 3_000);
    const published = await eventOf(token, event.id);
    expect(channelRow(published, 'GENIE_TV')).toMatchObject({ status: 'FAILED', errorCode: 'UPSTREAM_UNAVAILABLE', attempts: 3 });
    for (const channel of ALL_CHANNELS.filter((c) => c !== 'GENIE_TV')) expect(channelRow(published, channel).status).toBe('PUBLISHED');
  });

  it('a channel that refuses the post (4xx) fails at once as CHANNEL_REJECTED, without retries', async () => {
    const { token } = await stack.owner();
    const event = await eventWithImages(stack, token);
    stack.simulators.faults.set('local-tv', { down: true, failureStatus: 400 });
    const job = (await approve(token, event.id, ['LOCAL_TV'])).body.data.approveAndDistribute;
    await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    expect(channelRow(await eventOf(token, event.id), 'LOCAL_TV')).toMatchObject({ status: 'FAILED', errorCode: 'CHANNEL_REJECTED', attempts: 1 });
    expect(stack.simulators.requests('local-tv')).toHaveLength(1);
    const [completed] = await publishedEvents(stack, 'DistributionCompleted', event.id);
    expect(completed!.data.channels).toEqual([{ channel: 'LOCAL_TV', status: 'FAILED', externalPostId: null, costKrw: 0, errorCode: 'CHANNEL_REJECTED' }]);
  });

  it('retryDistribution is only for a FAILED channel the event was distributed to', async () => {
    const { token } = await stack.owner();
    const event = await eventWithImages(stack, token);
    const job = (await approve(token, event.id, ['NAVER_BLOG'])).body.data.approveAndDistribute;
    await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    const retry = (channel: string) => stack.graphql({ query: RETRY_DISTRIBUTION, variables: { eventId: event.id, channel }, token });
    expect(firstError(await retry('NAVER_BLOG'))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'PUBLISHED' } });
    expect(firstError(await retry('INSTAGRAM'))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'channel' } });
    const draft = await createDraft(stack, token);
    expect(firstError(await stack.graphql({ query: RETRY_DISTRIBUTION, variables: { eventId: draft.id, channel: 'NAVER_BLOG' }, token }))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'DRAFT' } });
  });
});

describe('the end of an event', () => {
  it('comes by itself when the period is over (EventEnded), or when the owner ends it', { timeout: 30_000 }, async () => {
    const { token } = await stack.owner();
    const event = await readyEvent(stack, token);
    const period = { startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 2_500).toISOString() };
    expect((await stack.graphql({ query: UPDATE, variables: { eventId: event.id, input: { period } }, token })).body.errors).toBeUndefined();
    await jobReaches(stack, token, (await approve(token, event.id, ['RINGO_BIZ'])).body.data.approveAndDistribute.id, ['SUCCEEDED']);
    await eventually(async () => ((await eventOf(token, event.id)).status === 'ENDED' ? true : undefined), 20_000);
    const [ended] = await publishedEvents(stack, 'EventEnded', event.id);
    expect(ended!.data).toMatchObject({ eventId: event.id, outcome: 'ENDED' });

    const other = await readyEvent(stack, token);
    await jobReaches(stack, token, (await approve(token, other.id, ['RINGO_BIZ'])).body.data.approveAndDistribute.id, ['SUCCEEDED']);
    expect((await stack.graphql({ query: END, variables: { eventId: other.id }, token })).body.data.endEvent.status).toBe('ENDED');
    expect(firstError(await stack.graphql({ query: END, variables: { eventId: other.id }, token }))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'ENDED' } });
    expect(await publishedEvents(stack, 'EventEnded', other.id)).toHaveLength(1);
  });
});
