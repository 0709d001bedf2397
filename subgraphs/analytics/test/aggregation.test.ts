import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelope, eventually, startAnalyticsStack, type AnalyticsStack } from './support/stack.ts';

let stack: AnalyticsStack;

beforeAll(async () => {
  stack = await startAnalyticsStack();
});
afterAll(async () => stack?.stop());

const DAY_MS = 24 * 3600_000;

async function summary(eventId: string) {
  const [row] = await stack.sql<Record<string, any>>('select * from analytics.event_summary where event_id = ?', [eventId]);
  return row;
}

describe('aggregates kept from domain events', () => {
  it('a dashboard before and after entries: totals, channels, hours, days, store visits', async () => {
    const event = await stack.publishedEvent();
    // The cached figures follow a change within one refresh window (ANALYTICS_LIVE_INTERVAL_MS).
    const before = await eventually(async () => {
      const result = await stack.dashboard(event.ownerToken, event.eventId);
      return result.body.data?.dashboard.byChannel.length === 3 ? result : undefined;
    });
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data.dashboard).toMatchObject({
      participantsTotal: 0, newCustomers: 0, returningCustomers: 0, storeVisits: 0,
      cost: { prizeKrw: 45_000, distributionKrw: 0, totalKrw: 45_000 }, byHour: [], byDay: [], conversionRate: null,
    });
    expect(before.body.data.dashboard.byChannel.map((c: any) => [c.channel, c.distribution, c.participants])).toEqual([
      ['INSTAGRAM', 'PLANNED', 0], ['KAKAO_CHANNEL', 'PLANNED', 0], ['LOCAL_TV', 'PLANNED', 0],
    ]);

    const at = new Date('2026-11-30T14:30:00.000Z'); // 23:30 in Seoul, on the 30th
    const ids = await Promise.all([
      stack.publish('ParticipantRegistered', stack.entry(event.eventId, { entryPath: 'INSTAGRAM', registeredAt: at.toISOString(), storeVisited: true })),
      stack.publish('ParticipantRegistered', stack.entry(event.eventId, { entryPath: 'INSTAGRAM', registeredAt: new Date(at.getTime() + 10 * 60_000).toISOString() })),
      stack.publish('ParticipantRegistered', stack.entry(event.eventId, { entryPath: 'KAKAO_CHANNEL', registeredAt: new Date(at.getTime() + 45 * 60_000).toISOString() })),
      stack.publish('ParticipantRegistered', stack.entry(event.eventId, { entryPath: 'NAVER_BLOG', registeredAt: new Date(at.getTime() + 90 * 60_000).toISOString() })),
    ]);
    await stack.applied(ids);

    const after = await eventually(async () => {
      const result = await stack.dashboard(event.ownerToken, event.eventId);
      return result.body.data?.dashboard.participantsTotal === 4 ? result.body.data.dashboard : undefined;
    });
    expect(after).toMatchObject({ participantsTotal: 4, newCustomers: 4, returningCustomers: 0, storeVisits: 1 });
    expect(after.byChannel.map((c: any) => [c.channel, c.distribution, c.participants])).toEqual([
      ['INSTAGRAM', 'PLANNED', 2], ['KAKAO_CHANNEL', 'PLANNED', 1], ['LOCAL_TV', 'PLANNED', 0], ['NAVER_BLOG', 'NOT_PLANNED', 1],
    ]);
    expect(after.byHour).toEqual([
      { start: '2026-11-30T14:00:00.000Z', participants: 2 },
      { start: '2026-11-30T15:00:00.000Z', participants: 1 },
      { start: '2026-11-30T16:00:00.000Z', participants: 1 },
    ]);
    // 14:xx UTC is the 30th in Seoul; 15:00 UTC starts the 1st.
    expect(after.byDay).toEqual([
      { start: '2026-11-29T15:00:00.000Z', participants: 2 },
      { start: '2026-11-30T15:00:00.000Z', participants: 2 },
    ]);
    // The newest fact counted: here the publication (now), newer than the entries' times.
    expect(Date.parse(after.asOf)).toBeGreaterThan(at.getTime() + 90 * 60_000);
    // Value 4 × 3 000 + 1 store visit × 12 000 = 24 000 won against 45 000 won of prizes.
    expect(after.estimatedValueKrw).toBe(24_000);
    expect(after.roi).toBeCloseTo((24_000 - 45_000) / 45_000, 4);
    expect(after.costPerParticipantKrw).toBe(11_250);
  });

  it('a replayed domain event (same envelope id) changes nothing', async () => {
    const event = await stack.publishedEvent();
    const entry = envelope('ParticipantRegistered', stack.entry(event.eventId));
    await stack.deliver(entry);
    await stack.applied([entry.id]);
    const version = (await summary(event.eventId))!.version;
    await stack.deliver(entry);
    await stack.deliver(entry);
    // A later event proves the replays were consumed (queues deliver in order of arrival per worker, but we wait on it explicitly).
    const marker = await stack.publish('ParticipantRegistered', stack.entry(event.eventId));
    await stack.applied([marker]);
    await eventually(async () => {
      const [row] = await stack.sql<{ n: number }>("select count(*)::int as n from pgboss.job where name = 'analytics.on.ParticipantRegistered' and data->>'id' = ? and state in ('created', 'retry', 'active')", [entry.id]);
      return row!.n === 0 ? true : undefined;
    });
    const row = await summary(event.eventId);
    expect(row!.participants).toBe(2);
    expect(row!.version).toBe(version + 1);
    const [entries] = await stack.sql<{ n: number }>('select count(*)::int as n from analytics.event_entry where event_id = ?', [event.eventId]);
    expect(entries!.n).toBe(2);
  });

  it('the same participation under a new envelope (a producer retry) counts once', async () => {
    const event = await stack.publishedEvent();
    const data = stack.entry(event.eventId);
    const ids = [await stack.publish('ParticipantRegistered', data), await stack.publish('ParticipantRegistered', data)];
    await stack.applied(ids);
    expect((await summary(event.eventId))!.participants).toBe(1);
  });

  it('events arriving in any order give the same figures: entries before the event, publication before creation, a late older distribution', async () => {
    const eventId = randomUUID();
    const ownerId = randomUUID();
    const now = Date.now();
    const entries = [stack.entry(eventId, { entryPath: 'LOCAL_TV', storeVisited: true }), stack.entry(eventId, { entryPath: 'LOCAL_TV' })];
    const published = envelope('EventPublished', {
      eventId, ownerId, title: '새 제목', purpose: 'REVISIT', channels: ['LOCAL_TV', 'GENIE_TV'],
      startsAt: new Date(now - DAY_MS).toISOString(), endsAt: new Date(now + DAY_MS).toISOString(), announcesAt: null,
      prize: { name: '케이크', quantity: 2, unitValueKrw: 30_000 }, publishedAt: new Date(now).toISOString(),
    }, new Date(now));
    const created = envelope('EventCreated', { eventId, ownerId, purpose: 'NEW_CUSTOMERS', storeCategory: null, region: null, createdAt: new Date(now - DAY_MS).toISOString() }, new Date(now - DAY_MS));
    const failedFirst = envelope('DistributionCompleted', {
      eventId, ownerId, distributionId: randomUUID(), completedAt: new Date(now + 1_000).toISOString(),
      channels: [{ channel: 'GENIE_TV', status: 'FAILED', externalPostId: null, costKrw: 0, errorCode: 'CHANNEL_TIMEOUT' }, { channel: 'LOCAL_TV', status: 'PUBLISHED', externalPostId: 'LTV-1', costKrw: 70_000, errorCode: null }],
    });
    const retried = envelope('DistributionCompleted', {
      eventId, ownerId, distributionId: randomUUID(), completedAt: new Date(now + 60_000).toISOString(),
      channels: [{ channel: 'GENIE_TV', status: 'PUBLISHED', externalPostId: 'gtv_1', costKrw: 50_000, errorCode: null }],
    });
    const ended = envelope('EventEnded', { eventId, ownerId, outcome: 'ENDED', endedAt: new Date(now + 2 * DAY_MS).toISOString() });

    // Newest first: the end, the retry, the entries, the publication, the first (failed) run, the creation last.
    const order = [ended, retried, ...entries.map((data) => envelope('ParticipantRegistered', data)), published, failedFirst, created];
    for (const event of order) {
      await stack.deliver(event as never);
      await stack.applied([event.id]);
    }

    const row = await summary(eventId);
    expect(row).toMatchObject({ owner_id: ownerId, status: 'ENDED', title: '새 제목', purpose: 'REVISIT', participants: 2, store_visits: 1, prize_cost_krw: 60_000 });
    const token = await stack.token(ownerId, 'OWNER');
    const dashboard = await eventually(async () => {
      const d = (await stack.dashboard(token, eventId)).body.data?.dashboard;
      return d?.cost.totalKrw === 180_000 ? d : undefined;
    });
    expect(dashboard.byChannel.map((c: any) => [c.channel, c.distribution, c.costKrw, c.participants, c.distributionError])).toEqual([
      ['GENIE_TV', 'PUBLISHED', 50_000, 0, null], ['LOCAL_TV', 'PUBLISHED', 70_000, 2, null],
    ]);
    expect(dashboard.cost).toEqual({ prizeKrw: 60_000, distributionKrw: 120_000, totalKrw: 180_000 });
  });

  it('tells new from returning customers by the shop\'s earlier events, whatever order the entries arrive in', async () => {
    const ownerId = randomUUID();
    const first = await stack.publishedEvent({ ownerId });
    const second = await stack.publishedEvent({ ownerId });
    const other = await stack.publishedEvent();
    const regular = 'customer-regular';
    const t = (minutes: number) => new Date(Date.now() - 3 * DAY_MS + minutes * 60_000).toISOString();
    // The second event's entries arrive before the first event's older entry of the same customer.
    const ids = [
      await stack.publish('ParticipantRegistered', stack.entry(second.eventId, { customerKey: `${regular}-${ownerId}`, registeredAt: t(100) })),
      await stack.publish('ParticipantRegistered', stack.entry(second.eventId, { registeredAt: t(101) })),
      await stack.publish('ParticipantRegistered', stack.entry(first.eventId, { customerKey: `${regular}-${ownerId}`, registeredAt: t(1) })),
      // Entering another shop's event does not make a customer returning here.
      await stack.publish('ParticipantRegistered', stack.entry(other.eventId, { customerKey: `other-${ownerId}`, registeredAt: t(0) })),
      await stack.publish('ParticipantRegistered', stack.entry(second.eventId, { customerKey: `other-${ownerId}`, registeredAt: t(102) })),
    ];
    await stack.applied(ids);
    const read = async (eventId: string) => eventually(async () => {
      const d = (await stack.dashboard(first.ownerToken, eventId)).body.data?.dashboard;
      return d && d.participantsTotal === (eventId === first.eventId ? 1 : 3) ? d : undefined;
    });
    expect(await read(second.eventId)).toMatchObject({ participantsTotal: 3, newCustomers: 2, returningCustomers: 1 });
    expect(await read(first.eventId)).toMatchObject({ participantsTotal: 1, newCustomers: 1, returningCustomers: 0 });
  });

  it('counts winners (WinnerSelected) and admissions through gates (CheckedIn IN only)', async () => {
    const event = await stack.publishedEvent();
    const entry = stack.entry(event.eventId);
    const ids = [
      await stack.publish('ParticipantRegistered', entry),
      await stack.publish('WinnerSelected', { eventId: event.eventId, drawId: randomUUID(), entrantCount: 1, drawnAt: new Date().toISOString(), winners: [{ participationId: entry.participationId, entryNumber: '0001-1', customerKey: entry.customerKey }] }),
      ...(await Promise.all((['IN', 'OUT', 'IN'] as const).map((direction) => stack.publish('CheckedIn', {
        attendanceId: randomUUID(), eventId: event.eventId, venueId: randomUUID(), gateId: randomUUID(), direction,
        credential: { kind: 'PARTICIPANT', participationId: entry.participationId }, method: 'PROXIMITY', checkedInAt: new Date().toISOString(),
      })))),
    ];
    await stack.applied(ids);
    const dashboard = await eventually(async () => {
      const d = (await stack.dashboard(event.ownerToken, event.eventId)).body.data?.dashboard;
      return d?.checkIns === 2 && d.winners === 1 ? d : undefined;
    });
    expect(dashboard).toMatchObject({ participantsTotal: 1, winners: 1, checkIns: 2 });
  });
});
