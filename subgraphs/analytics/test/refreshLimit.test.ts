import { randomUUID } from 'node:crypto';
import { MEDIA_CHANNELS } from '@attendgate/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEverywhere, startImageServer } from './support/channelPosts.ts';
import { firstError, startAnalyticsStack, type AnalyticsStack } from './support/stack.ts';

let stack: AnalyticsStack;
let image: Awaited<ReturnType<typeof startImageServer>>;

beforeAll(async () => {
  image = await startImageServer();
  stack = await startAnalyticsStack({ ANALYTICS_REFRESH_MIN_INTERVAL_MS: '60000' });
});
afterAll(async () => {
  await stack?.stop();
  await image?.close();
});

const REFRESH = `mutation($id: ID!) { refreshChannelStats(eventId: $id) { reach byChannel { channel reach } } }`;

describe('refreshChannelStats is limited per event', () => {
  it('of two refreshes at once exactly one collects; the other is RATE_LIMITED with a retry time, and each post was asked once', async () => {
    const posts = await postEverywhere(stack.simulators, image.url);
    stack.simulators.localTv.setFigures(posts.LOCAL_TV, { views: 50, reach: 40 });
    const event = await stack.publishedEvent({ channels: [...MEDIA_CHANNELS] });
    await stack.applied([await stack.publish('DistributionCompleted', {
      eventId: event.eventId, ownerId: event.ownerId, distributionId: randomUUID(), completedAt: new Date().toISOString(),
      channels: [{ channel: 'LOCAL_TV', status: 'PUBLISHED', externalPostId: posts.LOCAL_TV, costKrw: 0, errorCode: null }],
    })]);
    const results = await Promise.all([0, 1].map(() => stack.graphql({ query: REFRESH, variables: { id: event.eventId }, token: event.ownerToken })));
    const answered = results.filter((result) => result.body.data?.refreshChannelStats);
    const limited = results.filter((result) => firstError(result)?.extensions?.code === 'RATE_LIMITED');
    expect(answered).toHaveLength(1);
    expect(limited).toHaveLength(1);
    expect(answered[0]!.body.data.refreshChannelStats.reach).toBe(40);
    expect(firstError(limited[0]!)?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(stack.simulators.localTv.statsRequests.get(posts.LOCAL_TV)).toBe(1);
    const [row] = await stack.sql<{ n: number }>('select count(*)::int as n from analytics.channel_performance where event_id = ?', [event.eventId]);
    expect(row!.n).toBe(6);
  });

  it('another event is not held back by the first one\'s limit', async () => {
    const first = await stack.publishedEvent();
    const second = await stack.publishedEvent({ ownerId: first.ownerId });
    expect((await stack.graphql({ query: REFRESH, variables: { id: first.eventId }, token: first.ownerToken })).body.errors).toBeUndefined();
    expect((await stack.graphql({ query: REFRESH, variables: { id: second.eventId }, token: first.ownerToken })).body.errors).toBeUndefined();
  });
});
