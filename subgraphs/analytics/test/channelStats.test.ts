import { randomUUID } from 'node:crypto';
import { breakerStates, MEDIA_CHANNELS, type MediaChannel } from '@attendgate/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEverywhere, startImageServer } from './support/channelPosts.ts';
import { eventually, startAnalyticsStack, type AnalyticsStack, type TestEvent } from './support/stack.ts';

let stack: AnalyticsStack;
let image: Awaited<ReturnType<typeof startImageServer>>;

beforeAll(async () => {
  image = await startImageServer();
  stack = await startAnalyticsStack({ ANALYTICS_CHANNEL_STATS_INTERVAL_MS: '400', ANALYTICS_CHANNEL_TIMEOUT_MS: '800' });
});
afterAll(async () => {
  await stack?.stop();
  await image?.close();
});

const STATES = { LOCAL_TV: 'localTv', GENIE_TV: 'genieTv', INSTAGRAM: 'instagram', NAVER_BLOG: 'naverBlog', KAKAO_CHANNEL: 'kakaoChannel', RINGO_BIZ: 'ringoBiz' } as const;
const REFRESH = `mutation($id: ID!) { refreshChannelStats(eventId: $id) { views reach conversionRate byChannel { channel views reach conversionRate stats statsCollectedAt participants } } }`;

/** A published event distributed to all six channels, with real posts at the stand-ins and set figures. */
async function distributedEvent(figures: (channel: MediaChannel, index: number) => { views: number; reach: number }): Promise<TestEvent & { posts: Record<MediaChannel, string> }> {
  const posts = await postEverywhere(stack.simulators, image.url);
  for (const [index, channel] of MEDIA_CHANNELS.entries()) stack.simulators[STATES[channel]].setFigures(posts[channel], figures(channel, index));
  const event = await stack.publishedEvent({ channels: [...MEDIA_CHANNELS] });
  const id = await stack.publish('DistributionCompleted', {
    eventId: event.eventId, ownerId: event.ownerId, distributionId: randomUUID(), completedAt: new Date().toISOString(),
    channels: MEDIA_CHANNELS.map((channel) => ({ channel, status: 'PUBLISHED' as const, externalPostId: posts[channel], costKrw: 1_000, errorCode: null })),
  });
  await stack.applied([id]);
  return { ...event, posts };
}

const byChannel = (metrics: any) => Object.fromEntries(metrics.byChannel.map((c: any) => [c.channel, c]));

describe('channel statistics from the channels\' reporting APIs', () => {
  it('on demand: every channel\'s figures are collected in parallel and the dashboard answers views, reach and conversion', async () => {
    const event = await distributedEvent((_channel, index) => ({ views: 50 * (index + 1), reach: 100 * (index + 1) }));
    const entries = await Promise.all([0, 1].map(() => stack.publish('ParticipantRegistered', stack.entry(event.eventId, { entryPath: 'NAVER_BLOG' }))));
    await stack.applied(entries);
    const result = await stack.graphql({ query: REFRESH, variables: { id: event.eventId }, token: event.ownerToken });
    expect(result.body.errors).toBeUndefined();
    const metrics = result.body.data.refreshChannelStats;
    const channels = byChannel(metrics);
    for (const [index, channel] of MEDIA_CHANNELS.entries()) {
      expect(channels[channel]).toMatchObject({ views: 50 * (index + 1), reach: 100 * (index + 1), stats: 'FRESH', statsCollectedAt: expect.any(String) });
    }
    expect(channels.NAVER_BLOG).toMatchObject({ participants: 2, conversionRate: 2 / 400 });
    expect(metrics.reach).toBe(2_100);
    expect(metrics.views).toBe(1_050);
    expect(metrics.conversionRate).toBeCloseTo(2 / 2_100, 4);
    for (const channel of MEDIA_CHANNELS) expect(stack.simulators[STATES[channel]].statsRequests.get(event.posts[channel])).toBeGreaterThanOrEqual(1);
  });

  it('the scheduled batch collects without anyone asking, and pushes the new figures into the cached dashboard', async () => {
    const event = await distributedEvent(() => ({ views: 7, reach: 5 }));
    const dashboard = await eventually(async () => {
      const d = (await stack.dashboard(event.ownerToken, event.eventId, 'source reach byChannel { channel stats }')).body.data.dashboard;
      return d.reach === 30 && d.byChannel.every((c: any) => c.stats === 'FRESH') ? d : undefined;
    }, 10_000);
    expect(dashboard.reach).toBe(30);
    stack.simulators.localTv.setFigures(event.posts.LOCAL_TV, { views: 70, reach: 50 });
    await eventually(async () => ((await stack.dashboard(event.ownerToken, event.eventId, 'reach')).body.data.dashboard.reach === 75 ? true : undefined), 10_000);
  });

  // Last in the file: it opens the local-tv breaker, which lasts for the rest of the file.
  it('a channel down: its last figure stays, marked STALE; its breaker opens; the other channels and the dashboard carry on quickly', async () => {
    const event = await distributedEvent(() => ({ views: 10, reach: 8 }));
    await stack.graphql({ query: REFRESH, variables: { id: event.eventId }, token: event.ownerToken });
    stack.simulators.faults.set('local-tv', { down: true });
    stack.simulators.faults.set('genie-tv', { hang: true });
    stack.simulators.localTv.setFigures(event.posts.LOCAL_TV, { views: 999, reach: 999 });
    stack.simulators.instagram.setFigures(event.posts.INSTAGRAM, { views: 20, reach: 16 });
    try {
      let last: any;
      for (let attempt = 0; attempt < 4; attempt++) {
        const result = await stack.graphql({ query: REFRESH, variables: { id: event.eventId }, token: event.ownerToken });
        expect(result.body.errors).toBeUndefined();
        last = byChannel(result.body.data.refreshChannelStats);
      }
      expect(last.LOCAL_TV).toMatchObject({ views: 10, reach: 8, stats: 'STALE' });
      // A hung channel is abandoned at its timeout and also keeps its last figure.
      expect(last.GENIE_TV).toMatchObject({ views: 10, reach: 8, stats: 'STALE' });
      expect(last.INSTAGRAM).toMatchObject({ views: 20, reach: 16, stats: 'FRESH' });
      expect(breakerStates()['analytics-local-tv']).toBe('open');
      expect(breakerStates()['analytics-instagram']).toBe('closed');
      const [row] = await stack.sql<{ stats_error: string }>("select stats_error from analytics.channel_performance where event_id = ? and channel = 'LOCAL_TV'", [event.eventId]);
      expect(row!.stats_error).toBe('CIRCUIT_OPEN');
      const [hung] = await stack.sql<{ stats_error: string }>("select stats_error from analytics.channel_performance where event_id = ? and channel = 'GENIE_TV'", [event.eventId]);
      expect(['TIMEOUT', 'CIRCUIT_OPEN']).toContain(hung!.stats_error);

      const started = Date.now();
      const dashboard = await stack.dashboard(event.ownerToken, event.eventId, 'reach byChannel { channel stats views }');
      expect(dashboard.body.errors).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(500); // it never waits for a channel
      expect(byChannel(dashboard.body.data.dashboard).LOCAL_TV).toMatchObject({ stats: 'STALE', views: 10 });
    } finally {
      stack.simulators.faults.clear();
    }
  });
});
