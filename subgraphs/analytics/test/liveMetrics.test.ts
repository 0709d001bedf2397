import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stubEvents } from '@attendgate/gateway/testing';
import { eventually, startAnalyticsStack, type AnalyticsStack } from './support/stack.ts';

let stack: AnalyticsStack;

beforeAll(async () => {
  stack = await startAnalyticsStack({ ANALYTICS_LIVE_INTERVAL_MS: '200' });
});
afterAll(async () => stack?.stop());

const LIVE = `subscription($id: ID!) {
  eventMetricsUpdated(eventId: $id) {
    computedAt participantsTotal byChannel { channel participants }
    event { id title status }
  }
}`;

const totalOf = (message: { data?: any }) => message.data?.eventMetricsUpdated?.participantsTotal as number | undefined;

describe('eventMetricsUpdated through the gateway', () => {
  it('starts with the current figures, with Event fields from the events subgraph', async () => {
    const event = await stack.publishedEvent();
    stubEvents.set(event.eventId, { title: '가을맞이 커피 이벤트', status: 'PUBLISHED' });
    await stack.applied([await stack.publish('ParticipantRegistered', stack.entry(event.eventId))]);
    await eventually(async () => ((await stack.dashboard(event.ownerToken, event.eventId, 'participantsTotal')).body.data.dashboard.participantsTotal === 1 ? true : undefined));
    const live = stack.subscribe(event.ownerToken, LIVE, { id: event.eventId });
    const first = await live.next(() => true);
    expect(first.errors).toBeUndefined();
    expect(first.data.eventMetricsUpdated).toMatchObject({ participantsTotal: 1, event: { id: event.eventId, title: '가을맞이 커피 이벤트', status: 'PUBLISHED' } });
  });

  it('shows a new entry within a second', async () => {
    const event = await stack.publishedEvent();
    const live = stack.subscribe(event.ownerToken, LIVE, { id: event.eventId });
    await live.next((m) => totalOf(m) === 0);
    for (let n = 1; n <= 3; n++) {
      const sentAt = Date.now();
      await stack.publish('ParticipantRegistered', stack.entry(event.eventId, { entryPath: 'KAKAO_CHANNEL' }));
      const message = await live.next((m) => totalOf(m) === n, 5_000);
      // Generous on a shared machine; the benchmark measures the latency itself (docs/benchmarks.md).
      expect(message.at - sentAt).toBeLessThan(1_000);
      expect(message.data.eventMetricsUpdated.byChannel.find((c: any) => c.channel === 'KAKAO_CHANNEL').participants).toBe(n);
    }
  });

  it('coalesces a burst: 200 entries make a few messages, the last with every entry', async () => {
    const event = await stack.publishedEvent();
    const live = stack.subscribe(event.ownerToken, LIVE, { id: event.eventId });
    await live.next((m) => totalOf(m) === 0);
    const start = Date.now();
    await Promise.all(Array.from({ length: 200 }, () => stack.publish('ParticipantRegistered', stack.entry(event.eventId))));
    await live.next((m) => totalOf(m) === 200, 20_000);
    const elapsedS = (Date.now() - start) / 1000;
    const updates = live.messages.filter((m) => (totalOf(m) ?? 0) > 0);
    // At most one message per 200 ms window (plus the window already open when the burst began).
    expect(updates.length).toBeLessThanOrEqual(Math.ceil(elapsedS / 0.2) + 2);
    expect(updates.length).toBeLessThan(200);
    const totals = updates.map((m) => totalOf(m)!);
    expect([...totals].sort((a, b) => a - b)).toEqual(totals);
  });

  it('is refused for another owner\'s event, and for an unknown event', async () => {
    const event = await stack.publishedEvent();
    const other = stack.subscribe(await stack.token(randomUUID(), 'OWNER'), LIVE, { id: event.eventId });
    const refused = await other.next((m) => Boolean(m.errors));
    expect(refused.errors![0].extensions?.code ?? refused.errors![0].message).toMatch(/FORBIDDEN/);
    const unknown = stack.subscribe(event.ownerToken, LIVE, { id: randomUUID() });
    const missing = await unknown.next((m) => Boolean(m.errors));
    expect(missing.errors![0].extensions?.code ?? missing.errors![0].message).toMatch(/NOT_FOUND/);
  });
});
