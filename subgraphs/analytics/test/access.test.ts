import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstError, startAnalyticsStack, type AnalyticsStack, type TestEvent } from './support/stack.ts';

let stack: AnalyticsStack;
let event: TestEvent;

beforeAll(async () => {
  stack = await startAnalyticsStack();
  event = await stack.publishedEvent();
});
afterAll(async () => stack?.stop());

const METRICS = `query($id: ID!) { event(id: $id) { id title metrics { participantsTotal } } }`;
const REFRESH = `mutation($id: ID!) { refreshChannelStats(eventId: $id) { participantsTotal } }`;

describe('only the owner (and, to read, admins) see an event\'s figures', () => {
  it('the owner and an admin read the dashboard; another owner, a customer and an operator are FORBIDDEN; anonymous UNAUTHENTICATED', async () => {
    expect((await stack.dashboard(event.ownerToken, event.eventId, 'participantsTotal')).body.data.dashboard.participantsTotal).toBe(0);
    const admin = await stack.token(randomUUID(), 'ADMIN');
    expect((await stack.dashboard(admin, event.eventId, 'participantsTotal')).body.data.dashboard.participantsTotal).toBe(0);
    for (const role of ['OWNER', 'CUSTOMER', 'OPERATOR'] as const) {
      const result = await stack.dashboard(await stack.token(randomUUID(), role), event.eventId, 'participantsTotal');
      expect(result.body.data?.dashboard ?? null).toBeNull();
      expect(firstError(result)?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await stack.graphql({ query: `query($id: ID!) { dashboard(eventId: $id) { participantsTotal } }`, variables: { id: event.eventId } });
    expect(firstError(anonymous)?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('Event.metrics through federation: the owner sees them, another owner gets null and FORBIDDEN on the field only', async () => {
    const own = await stack.graphql({ query: METRICS, variables: { id: event.eventId }, token: event.ownerToken });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.event).toMatchObject({ id: event.eventId, metrics: { participantsTotal: 0 } });
    const other = await stack.graphql({ query: METRICS, variables: { id: event.eventId }, token: await stack.token(randomUUID(), 'OWNER') });
    expect(other.body.data.event).toMatchObject({ id: event.eventId, metrics: null });
    expect(firstError(other)?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an event analytics never heard of: NOT_FOUND for owners and admins on the dashboard, null metrics; a malformed id too', async () => {
    const stranger = await stack.token(randomUUID(), 'OWNER');
    for (const id of [randomUUID(), 'not-an-id']) {
      expect(firstError(await stack.dashboard(stranger, id, 'participantsTotal'))?.extensions?.code).toBe('NOT_FOUND');
    }
    const metrics = await stack.graphql({ query: METRICS, variables: { id: randomUUID() }, token: stranger });
    expect(metrics.body.errors).toBeUndefined();
    expect(metrics.body.data.event.metrics).toBeNull();
  });

  it('an event whose entries arrived but whose owner is not known yet is shown to nobody but admins', async () => {
    const eventId = randomUUID();
    await stack.applied([await stack.publish('ParticipantRegistered', stack.entry(eventId))]);
    const owner = await stack.token(randomUUID(), 'OWNER');
    expect(firstError(await stack.dashboard(owner, eventId, 'participantsTotal'))?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refreshChannelStats: the owner only (admins read, they do not act); unknown and malformed ids are refused and nothing is collected', async () => {
    const admin = await stack.token(randomUUID(), 'ADMIN');
    expect(firstError(await stack.graphql({ query: REFRESH, variables: { id: event.eventId }, token: admin }))?.extensions?.code).toBe('FORBIDDEN');
    expect(firstError(await stack.graphql({ query: REFRESH, variables: { id: event.eventId }, token: await stack.token(randomUUID(), 'OWNER') }))?.extensions?.code).toBe('FORBIDDEN');
    expect(firstError(await stack.graphql({ query: REFRESH, variables: { id: randomUUID() }, token: event.ownerToken }))?.extensions?.code).toBe('NOT_FOUND');
    expect(firstError(await stack.graphql({ query: REFRESH, variables: { id: 'x' }, token: event.ownerToken }))?.extensions?.code).toBe('NOT_FOUND');
    const own = await stack.graphql({ query: REFRESH, variables: { id: event.eventId }, token: event.ownerToken });
    expect(own.body.errors).toBeUndefined();
    const [row] = await stack.sql<{ n: number }>('select count(*)::int as n from analytics.channel_performance where event_id = ? and stats_attempted_at is not null', [event.eventId]);
    expect(row!.n).toBe(0); // nothing was published yet, so there was nothing to collect
  });

  it('eventComparison: owners compare their own events only; admins must name the owner; customers are FORBIDDEN', async () => {
    const query = `query($ownerId: ID, $first: Int) { eventComparison(ownerId: $ownerId, first: $first) { eventCount } }`;
    expect((await stack.graphql({ query, token: event.ownerToken })).body.data.eventComparison.eventCount).toBe(1);
    expect(firstError(await stack.graphql({ query, variables: { ownerId: randomUUID() }, token: event.ownerToken }))?.extensions?.code).toBe('FORBIDDEN');
    const admin = await stack.token(randomUUID(), 'ADMIN');
    expect(firstError(await stack.graphql({ query, token: admin }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.graphql({ query, variables: { ownerId: event.ownerId }, token: admin })).body.data.eventComparison.eventCount).toBe(1);
    expect(firstError(await stack.graphql({ query, token: await stack.token(randomUUID(), 'CUSTOMER') }))?.extensions?.code).toBe('FORBIDDEN');
    for (const first of [0, 101]) {
      expect(firstError(await stack.graphql({ query, variables: { first }, token: event.ownerToken }))?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('byHour refuses a window outside 1…744 hours', async () => {
    for (const last of [0, 745]) {
      const result = await stack.graphql({ query: `query($id: ID!, $last: Int) { dashboard(eventId: $id) { byHour(last: $last) { start } } }`, variables: { id: event.eventId, last }, token: event.ownerToken });
      expect(firstError(result)?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
