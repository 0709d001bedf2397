import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startAnalyticsStack, type AnalyticsStack } from './support/stack.ts';

let stack: AnalyticsStack;

beforeAll(async () => {
  stack = await startAnalyticsStack();
});
afterAll(async () => stack?.stop());

const cacheKey = (eventId: string) => `metrics:${eventId}`;

describe('the dashboard is served from Redis for an hour and refreshed when its figures change', () => {
  it('a miss computes from the database and caches; the next read is a hit with the same figures and their time', async () => {
    const event = await stack.publishedEvent();
    const { kv } = stack.subgraph.runtime;
    // The refresher may have cached it already (the publication changed the figures); start from a miss.
    await eventually(async () => ((await kv.get(cacheKey(event.eventId))) ? true : undefined));
    await kv.delete(cacheKey(event.eventId));
    const miss = (await stack.dashboard(event.ownerToken, event.eventId, 'source computedAt participantsTotal')).body.data.dashboard;
    expect(miss.source).toBe('DATABASE');
    const ttl = await kv.ttlMs(cacheKey(event.eventId));
    expect(ttl).toBeGreaterThan(3_500_000);
    expect(ttl).toBeLessThanOrEqual(3_600_000);
    const hit = (await stack.dashboard(event.ownerToken, event.eventId, 'source computedAt participantsTotal')).body.data.dashboard;
    expect(hit).toEqual({ ...miss, source: 'CACHE' });
  });

  it('new entries refresh the cached dashboard (no stale hour-long figures)', async () => {
    const event = await stack.publishedEvent();
    await stack.dashboard(event.ownerToken, event.eventId, 'participantsTotal');
    const ids = await Promise.all(Array.from({ length: 5 }, () => stack.publish('ParticipantRegistered', stack.entry(event.eventId))));
    await stack.applied(ids);
    const refreshed = await eventually(async () => {
      const d = (await stack.dashboard(event.ownerToken, event.eventId, 'source participantsTotal')).body.data.dashboard;
      return d.participantsTotal === 5 ? d : undefined;
    }, 5_000, 20);
    expect(refreshed.source).toBe('CACHE');
    const cached = JSON.parse((await stack.subgraph.runtime.kv.get(cacheKey(event.eventId)))!);
    expect(cached.participantsTotal).toBe(5);
  });

  it('a miss never calls the channels', async () => {
    const event = await stack.publishedEvent();
    await stack.subgraph.runtime.kv.delete(cacheKey(event.eventId));
    const channels = ['local-tv', 'genie-tv', 'instagram', 'naver-blog', 'kakao-channel', 'ringo-biz'] as const;
    const count = () => channels.reduce((sum, name) => sum + stack.simulators.requests(name).length, 0);
    const before = count();
    const miss = (await stack.dashboard(event.ownerToken, event.eventId, 'source')).body.data.dashboard;
    expect(miss.source).toBe('DATABASE');
    expect(count()).toBe(before);
  });
});
