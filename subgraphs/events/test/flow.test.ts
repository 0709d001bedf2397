import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import users from '@attendgate/users';
import { listenToDomainEvents, publishedEvents } from './support/domainEvents.ts';
import {
  ALL_CHANNELS, APPROVE, CHANNEL_FORMATS, CHANNEL_SIMULATORS, CREATE, EVENT, IMAGES, JOB_UPDATED, REQUEST_AI, SELECT, draftInput, eventually, jobReaches,
} from './support/fixtures.ts';
import { startEventsStack, type EventsStack } from './support/stack.ts';

let stack: EventsStack;
beforeAll(async () => {
  stack = await startEventsStack({}, [users]);
  await listenToDomainEvents(stack);
});
afterAll(async () => stack?.stop());

/** Signs an owner up through the gateway, as the app would (the users subgraph issues the token). */
async function signUpOwner(): Promise<{ token: string; userId: string }> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const result = await stack.graphql({
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
    variables: { input: { email: `flow-${suffix}@example.kr`, password: 'a sufficiently long passphrase', name: '김사장', phone: `010${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, role: 'CUSTOMER' } },
  });
  const { accessToken, user } = result.body.data.signUp;
  // The users subgraph signs up customers without a store; the events subgraph needs the OWNER role.
  return { userId: user.id, token: await stack.issueAccessToken({ userId: user.id, role: 'OWNER' }) };
  void accessToken;
}

/** Follows a job through the gateway's graphql-ws endpoint until the stream ends. */
function follow(token: string, jobId: string) {
  const client = createClient({ url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
  const messages: any[] = [];
  const done = new Promise<void>((resolve, reject) => {
    client.subscribe({ query: JOB_UPDATED, variables: { jobId } }, { next: (m) => void messages.push(m), error: reject, complete: resolve });
  });
  return { messages, done: done.finally(() => client.dispose()) };
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the event creation flow through the gateway', () => {
  it('goes from draft to distributed: recommendations followed live, posters as real PNGs, one channel down, domain events written', { timeout: 120_000 }, async () => {
    const { token, userId } = await signUpOwner();

    // 1. Draft (UFR-EVENT-020), stored in PostgreSQL at once, EventCreated written.
    const created = await stack.graphql({ query: CREATE, variables: { input: draftInput() }, token });
    expect(created.body.errors).toBeUndefined();
    const eventId = created.body.data.createEventDraft.id;
    expect(created.body.data.createEventDraft).toMatchObject({ status: 'DRAFT', purpose: 'NEW_CUSTOMERS', store: { category: 'cafe' }, recommendations: [] });
    const owner = await stack.graphql({ query: `query($id: ID!) { event(id: $id) { owner { id } } }`, variables: { id: eventId }, token });
    expect(owner.body.data.event.owner.id).toBe(userId);

    // 2. AI recommendations: the job is followed over graphql-ws from QUEUED/RUNNING to SUCCEEDED.
    const requested = await stack.graphql({ query: REQUEST_AI, variables: { eventId }, token });
    const aiJob = requested.body.data.requestAiRecommendations;
    expect(aiJob).toMatchObject({ kind: 'AI_RECOMMENDATION', status: 'QUEUED', event: { status: 'RECOMMENDING' } });
    const live = follow(token, aiJob.id);
    await live.done;
    const statuses = live.messages.map((m) => m.data.jobUpdated.status);
    expect(statuses.at(-1)).toBe('SUCCEEDED');
    expect(live.messages.at(-1).data.jobUpdated.progress).toBe(100);
    expect(new Set(live.messages.map((m) => m.data.jobUpdated.id))).toEqual(new Set([aiJob.id]));

    const ready = (await stack.graphql({ query: EVENT, variables: { id: eventId }, token })).body.data.event;
    expect(ready.status).toBe('READY');
    expect(ready.recommendations.length).toBeGreaterThanOrEqual(3);
    for (const plan of ready.recommendations) {
      expect(plan.title).toMatch(/[가-힣]/);
      expect(plan.prize.quantity).toBeGreaterThan(0);
      expect(Date.parse(plan.period.endsAt)).toBeGreaterThan(Date.parse(plan.period.startsAt));
      expect(plan.expectedEffect.summary).toMatch(/[가-힣]/);
    }

    // 3. Select a plan: its title, prize, period and method become the event's.
    const chosen = ready.recommendations[1];
    const selected = (await stack.graphql({ query: SELECT, variables: { eventId, recommendationId: chosen.id }, token })).body.data.selectRecommendation;
    expect(selected).toMatchObject({ title: chosen.title, prize: chosen.prize, period: chosen.period, participationMethod: chosen.participationMethod, chosenRecommendation: { id: chosen.id } });

    // 4. Posters for the channels' formats; each URL answers a real PNG of its size through the gateway.
    const imageJob = (await stack.graphql({ query: IMAGES, variables: { eventId, style: 'TRENDY', platforms: CHANNEL_FORMATS }, token })).body.data.generateEventImages;
    await jobReaches(stack, token, imageJob.id, ['SUCCEEDED'], 60_000);
    const withImages = (await stack.graphql({ query: EVENT, variables: { id: eventId }, token })).body.data.event;
    expect(withImages.images.map((i: any) => i.platform).sort()).toEqual([...CHANNEL_FORMATS].sort());
    for (const image of withImages.images) {
      expect(image.url.startsWith(`${stack.env.PUBLIC_URL}/files/events/images/`)).toBe(true);
      const response = await fetch(image.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 8).equals(PNG)).toBe(true);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([image.width, image.height]);
      expect(image.source).toBe('GENERATED');
    }

    // 5. Approve and distribute with Instagram down: it FAILS, the other five are PUBLISHED, well within a minute.
    stack.simulators.faults.set('instagram', { down: true });
    const started = Date.now();
    const distribution = (await stack.graphql({ query: APPROVE, variables: { eventId, channels: ALL_CHANNELS }, token })).body.data.approveAndDistribute;
    expect(distribution.event.status).toBe('PUBLISHED');
    await jobReaches(stack, token, distribution.id, ['SUCCEEDED'], 60_000);
    expect(Date.now() - started).toBeLessThan(60_000);
    stack.simulators.faults.clear('instagram');
    const published = (await stack.graphql({ query: EVENT, variables: { id: eventId }, token })).body.data.event;
    const byChannel = Object.fromEntries(published.distributions.map((d: any) => [d.channel, d]));
    expect(byChannel.INSTAGRAM).toMatchObject({ status: 'FAILED', errorCode: 'UPSTREAM_UNAVAILABLE', externalPostId: null });
    for (const channel of ALL_CHANNELS.filter((c) => c !== 'INSTAGRAM')) {
      expect(byChannel[channel]).toMatchObject({ status: 'PUBLISHED', externalPostId: expect.any(String), errorCode: null });
      expect(stack.simulators[simulatorKey(channel)].list()).toHaveLength(1);
    }
    expect(byChannel.LOCAL_TV.costKrw).toBeGreaterThan(0);
    // The channels got the public poster URLs and could fetch them (they are public once published).
    const tvPost = stack.simulators.localTv.list()[0]!.request as { imageUrl: string };
    expect((await fetch(tvPost.imageUrl)).status).toBe(200);

    // 6. Domain events, written in the transactions of the changes.
    expect(await publishedEvents(stack, 'EventCreated', eventId)).toHaveLength(1);
    const [publishedEvent] = await publishedEvents(stack, 'EventPublished', eventId);
    expect(publishedEvent!.data).toMatchObject({ eventId, ownerId: userId, title: chosen.title, channels: [...ALL_CHANNELS], prize: chosen.prize, startsAt: chosen.period.startsAt });
    const completed = await publishedEvents(stack, 'DistributionCompleted', eventId);
    expect(completed).toHaveLength(1);
    expect(completed[0]!.data.distributionId).toBe(distribution.id);
    expect(completed[0]!.data.channels.find((c) => c.channel === 'INSTAGRAM')).toMatchObject({ status: 'FAILED', errorCode: 'UPSTREAM_UNAVAILABLE' });

    // 7. retryDistribution(INSTAGRAM) later, once it is back: published, and only Instagram was posted to again.
    const retry = await stack.graphql({ query: `mutation($eventId: ID!) { retryDistribution(eventId: $eventId, channel: INSTAGRAM) { id status } }`, variables: { eventId }, token });
    await jobReaches(stack, token, retry.body.data.retryDistribution.id, ['SUCCEEDED']);
    const after = (await stack.graphql({ query: EVENT, variables: { id: eventId }, token })).body.data.event;
    expect(after.distributions.find((d: any) => d.channel === 'INSTAGRAM')).toMatchObject({ status: 'PUBLISHED', externalPostId: expect.any(String) });
    expect(stack.simulators.localTv.list()).toHaveLength(1);
    expect(await eventually(async () => ((await publishedEvents(stack, 'DistributionCompleted', eventId)).length === 2 ? true : undefined))).toBe(true);
  });
});

function simulatorKey(channel: (typeof ALL_CHANNELS)[number]) {
  const keys = { LOCAL_TV: 'localTv', GENIE_TV: 'genieTv', INSTAGRAM: 'instagram', NAVER_BLOG: 'naverBlog', KAKAO_CHANNEL: 'kakaoChannel', RINGO_BIZ: 'ringoBiz' } as const;
  void CHANNEL_SIMULATORS;
  return keys[channel];
}
