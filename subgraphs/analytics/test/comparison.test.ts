import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsStack, type AnalyticsStack } from './support/stack.ts';

let stack: AnalyticsStack;

beforeAll(async () => {
  stack = await startAnalyticsStack();
});
afterAll(async () => stack?.stop());

const COMPARE = `query($first: Int) { eventComparison(first: $first) {
  eventCount participantsTotal costTotalKrw bestPurpose
  topChannels { channel events participants reach costKrw }
  purposes { purpose events participants averageParticipants roi }
  events { event { id title } purpose participants costKrw roi }
} }`;

describe("comparison across the owner's events", () => {
  it('ranks channels by participants and purposes by participants per event, and lists the events with their titles', async () => {
    const ownerId = randomUUID();
    const revisit = await stack.publishedEvent({ ownerId, purpose: 'REVISIT', prize: { name: '쿠폰', quantity: 1, unitValueKrw: 10_000 } });
    const newcomers = await stack.publishedEvent({ ownerId, purpose: 'NEW_CUSTOMERS', prize: { name: '쿠폰', quantity: 1, unitValueKrw: 10_000 } });
    const other = await stack.publishedEvent({ ownerId, purpose: 'NEW_CUSTOMERS', prize: { name: '쿠폰', quantity: 1, unitValueKrw: 10_000 } });
    await stack.publishedEvent(); // another shop's event is not compared
    const ids = [
      ...Array.from({ length: 5 }, () => stack.entry(revisit.eventId, { entryPath: 'KAKAO_CHANNEL' })),
      ...Array.from({ length: 2 }, () => stack.entry(newcomers.eventId, { entryPath: 'INSTAGRAM' })),
      stack.entry(other.eventId, { entryPath: 'KAKAO_CHANNEL' }),
    ].map((data) => stack.publish('ParticipantRegistered', data));
    await stack.applied(await Promise.all(ids));

    const result = await stack.graphql({ query: COMPARE, token: revisit.ownerToken });
    expect(result.body.errors).toBeUndefined();
    const comparison = result.body.data.eventComparison;
    expect(comparison).toMatchObject({ eventCount: 3, participantsTotal: 8, costTotalKrw: 30_000, bestPurpose: 'REVISIT' });
    expect(comparison.topChannels[0]).toMatchObject({ channel: 'KAKAO_CHANNEL', participants: 6, events: 3 });
    expect(comparison.purposes).toEqual([
      { purpose: 'REVISIT', events: 1, participants: 5, averageParticipants: 5, roi: (5 * 3_000 - 10_000) / 10_000 },
      { purpose: 'NEW_CUSTOMERS', events: 2, participants: 3, averageParticipants: 1.5, roi: (3 * 3_000 - 20_000) / 20_000 },
    ]);
    expect(comparison.events.map((e: any) => [e.event.id, e.participants])).toEqual([[revisit.eventId, 5], [newcomers.eventId, 2], [other.eventId, 1]]);
    expect(comparison.events[0].event.title).toEqual(expect.any(String)); // resolved by the events subgraph
  });

  it('an owner without events gets an empty comparison', async () => {
    const result = await stack.graphql({ query: COMPARE, token: await stack.token(randomUUID(), 'OWNER') });
    expect(result.body.data.eventComparison).toMatchObject({ eventCount: 0, participantsTotal: 0, bestPurpose: null, topChannels: [], purposes: [], events: [] });
  });
});
