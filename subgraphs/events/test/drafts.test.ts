import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedSubgraphRequest } from '@attendgate/gateway/testing';
import { listenToDomainEvents, publishedEvents } from './support/domainEvents.ts';
import { CANCEL, CREATE, END, EVENT, MY_EVENTS, REQUEST_AI, UPDATE, count, createDraft, draftInput, firstError } from './support/fixtures.ts';
import { startEventsStack, type EventsStack } from './support/stack.ts';

let stack: EventsStack;
beforeAll(async () => {
  stack = await startEventsStack();
  await listenToDomainEvents(stack);
});
afterAll(async () => stack?.stop());

describe('event drafts', () => {
  it('are stored in PostgreSQL at once, with EventCreated written in the same transaction', async () => {
    const { token, userId } = await stack.owner();
    const event = await createDraft(stack, token, { title: '  봄맞이   이벤트 ', description: '설명' });
    expect(event).toMatchObject({ status: 'DRAFT', title: '봄맞이 이벤트', description: '설명', store: { name: '골목 카페', category: 'cafe', region: '서울 마포구' } });
    const [row] = await stack.sql<{ owner_id: string; status: string }>('select owner_id, status from events.event where id = ?', [event.id]);
    expect(row).toEqual({ owner_id: userId, status: 'DRAFT' });
    const [created] = await publishedEvents(stack, 'EventCreated', event.id);
    expect(created!.data).toMatchObject({ eventId: event.id, ownerId: userId, purpose: 'NEW_CUSTOMERS', storeCategory: 'cafe', region: '서울 마포구' });
  });

  it.each([
    ['an empty store name', { store: { name: ' ', category: 'cafe', region: '서울' } }, 'store.name'],
    ['a too long region', { store: { name: '가게', category: 'cafe', region: '가'.repeat(101) } }, 'store.region'],
    ['a one-letter title', { title: '봄' }, 'title'],
    ['a too long description', { description: 'x'.repeat(1001) }, 'description'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, overrides, field) => {
    const { token } = await stack.owner();
    const before = await count(stack, 'event');
    const result = await stack.graphql({ query: CREATE, variables: { input: draftInput(overrides) }, token });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field } });
    expect(await count(stack, 'event')).toBe(before);
  });

  it('refuses an unknown purpose before anything runs', async () => {
    const { token } = await stack.owner();
    const result = await stack.graphql({ query: CREATE, variables: { input: draftInput({ purpose: 'WORLD_DOMINATION' }) }, token });
    expect(firstError(result).code).toBe('BAD_USER_INPUT');
  });

  it('are edited field by field; a bad prize or period is refused and changes nothing', async () => {
    const { token } = await stack.owner();
    const event = await createDraft(stack, token);
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 8 * 86_400_000).toISOString();
    const edited = await stack.graphql({ query: UPDATE, variables: { eventId: event.id, input: { prize: { name: '케이크', quantity: 3, unitValueKrw: 30000 }, period: { startsAt, endsAt }, participationMethod: 'STORE_VISIT' } }, token });
    expect(edited.body.data.updateEventDraft).toMatchObject({ prize: { name: '케이크', quantity: 3, unitValueKrw: 30000 }, period: { startsAt, endsAt, announcesAt: null }, participationMethod: 'STORE_VISIT' });

    for (const [input, field] of [
      [{ prize: { name: '케이크', quantity: 0, unitValueKrw: 1000 } }, 'prize'],
      [{ prize: { name: '케이크', quantity: 1, unitValueKrw: -5 } }, 'prize'],
      [{ period: { startsAt: endsAt, endsAt: startsAt } }, 'period'],
      [{ period: { startsAt, endsAt: new Date(Date.now() + 200 * 86_400_000).toISOString() } }, 'period'],
      [{ period: { startsAt, endsAt, announcesAt: startsAt } }, 'period'],
    ] as const) {
      const result = await stack.graphql({ query: UPDATE, variables: { eventId: event.id, input }, token });
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field } });
    }
    const now = (await stack.graphql({ query: EVENT, variables: { id: event.id }, token })).body.data.event;
    expect(now.prize).toEqual({ name: '케이크', quantity: 3, unitValueKrw: 30000 });
    expect(now.period.endsAt).toBe(endsAt);
  });

  it('cannot be edited while recommending, nor after cancellation (INVALID_STATE, nothing changes)', async () => {
    const { token } = await stack.owner();
    stack.simulators.faults.set('ai-provider', { hang: true });
    const event = await createDraft(stack, token);
    await stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token });
    const whileRecommending = await stack.graphql({ query: UPDATE, variables: { eventId: event.id, input: { title: '바뀐 제목' } }, token });
    expect(firstError(whileRecommending)).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'RECOMMENDING' } });
    stack.simulators.faults.clear('ai-provider');

    const cancelled = await stack.graphql({ query: CANCEL, variables: { eventId: event.id }, token });
    expect(cancelled.body.data.cancelEvent).toMatchObject({ status: 'CANCELLED', endedAt: expect.any(String) });
    const [ended] = await publishedEvents(stack, 'EventEnded', event.id);
    expect(ended!.data).toMatchObject({ eventId: event.id, outcome: 'CANCELLED' });
    for (const query of [UPDATE, CANCEL, END]) {
      const result = await stack.graphql({ query, variables: { eventId: event.id, input: { title: '다시' } }, token });
      expect(firstError(result)).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'CANCELLED' } });
    }
    expect((await stack.graphql({ query: EVENT, variables: { id: event.id }, token })).body.data.event.title).toBeNull();
    expect(await publishedEvents(stack, 'EventEnded', event.id)).toHaveLength(1);
  });

  it('a draft cannot be ended (only a published event can)', async () => {
    const { token } = await stack.owner();
    const event = await createDraft(stack, token);
    expect(firstError(await stack.graphql({ query: END, variables: { eventId: event.id }, token }))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'DRAFT' } });
  });

  it('of two concurrent cancellations exactly one wins; EventEnded is written once', async () => {
    const { token } = await stack.owner();
    const event = await createDraft(stack, token);
    const results = await Promise.all([1, 2, 3].map(() => stack.graphql({ query: CANCEL, variables: { eventId: event.id }, token })));
    expect(results.filter((r) => r.body.data?.cancelEvent?.status === 'CANCELLED')).toHaveLength(1);
    expect(results.filter((r) => firstError(r).code === 'INVALID_STATE')).toHaveLength(2);
    expect(await publishedEvents(stack, 'EventEnded', event.id)).toHaveLength(1);
  });
});

describe('who sees and changes events', () => {
  it('another owner gets NOT_FOUND for the event and for every action on it, and nothing changes', async () => {
    const alice = await stack.owner();
    const mallory = await stack.owner();
    const event = await createDraft(stack, alice.token);
    expect(firstError(await stack.graphql({ query: EVENT, variables: { id: event.id }, token: mallory.token })).code).toBe('NOT_FOUND');
    for (const query of [UPDATE, CANCEL, REQUEST_AI]) {
      const result = await stack.graphql({ query, variables: { eventId: event.id, input: { title: '해킹' } }, token: mallory.token });
      expect(firstError(result).code).toBe('NOT_FOUND');
    }
    const still = (await stack.graphql({ query: EVENT, variables: { id: event.id }, token: alice.token })).body.data.event;
    expect(still).toMatchObject({ status: 'DRAFT', title: null });
    expect(await count(stack, 'job', 'event_id = ?', [event.id])).toBe(0);
  });

  it('an admin sees and changes any event; customers and anonymous callers are refused', async () => {
    const alice = await stack.owner();
    const admin = await stack.owner('ADMIN');
    const customer = await stack.owner('CUSTOMER');
    const event = await createDraft(stack, alice.token);
    expect((await stack.graphql({ query: EVENT, variables: { id: event.id }, token: admin.token })).body.data.event.id).toBe(event.id);
    expect((await stack.graphql({ query: UPDATE, variables: { eventId: event.id, input: { title: '관리자 수정' } }, token: admin.token })).body.data.updateEventDraft.title).toBe('관리자 수정');
    expect(firstError(await stack.graphql({ query: CREATE, variables: { input: draftInput() }, token: customer.token })).code).toBe('FORBIDDEN');
    expect(firstError(await stack.graphql({ query: EVENT, variables: { id: event.id }, token: customer.token })).code).toBe('NOT_FOUND');
    expect(firstError(await stack.graphql({ query: MY_EVENTS, variables: {} })).code).toBe('UNAUTHENTICATED');
  });

  it('events fetched as entities are guarded by the type rules too (another subgraph pointing at them)', async () => {
    const alice = await stack.owner();
    const mallory = await stack.owner();
    const event = await createDraft(stack, alice.token, { title: '비밀 이벤트' });
    const query = { query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id title status } } }`, variables: { r: [{ __typename: 'Event', id: event.id }] } };
    const secret = stack.env.SUBGRAPH_SIGNING_SECRET!;
    const asMallory = await signedSubgraphRequest<any>(stack.subgraph.url, secret, query, `Bearer ${mallory.token}`);
    expect(asMallory.body.data?._entities?.[0]?.title ?? null).toBeNull();
    expect(asMallory.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asAlice = await signedSubgraphRequest<any>(stack.subgraph.url, secret, query, `Bearer ${alice.token}`);
    expect(asAlice.body.data._entities[0]).toEqual({ id: event.id, title: '비밀 이벤트', status: 'DRAFT' });
  });

  it('an unknown or malformed id is NOT_FOUND', async () => {
    const { token } = await stack.owner();
    for (const id of [randomUUID(), 'not-a-uuid']) {
      expect(firstError(await stack.graphql({ query: EVENT, variables: { id }, token })).code).toBe('NOT_FOUND');
    }
  });
});

describe('myEvents', () => {
  it('pages the caller’s events newest first with a total, filters by status, and never shows others’', async () => {
    const { token } = await stack.owner();
    const other = await stack.owner();
    await createDraft(stack, other.token);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createDraft(stack, token)).id);
    await stack.graphql({ query: CANCEL, variables: { eventId: ids[0] }, token });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await stack.graphql({ query: MY_EVENTS, variables: { first: 2, after }, token })).body.data.myEvents;
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
    const drafts = (await stack.graphql({ query: MY_EVENTS, variables: { filter: { status: ['DRAFT'] } }, token })).body.data.myEvents;
    expect(drafts.totalCount).toBe(4);
    expect(firstError(await stack.graphql({ query: MY_EVENTS, variables: { first: 101 }, token }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'first' } });
    expect(firstError(await stack.graphql({ query: MY_EVENTS, variables: { after: 'garbage' }, token }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'after' } });
  });
});
