import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedSubgraphRequest } from '@attendgate/gateway/testing';
import { entryInput, firstError, participate, startParticipationStack, type ParticipationStack, type TestEvent } from './support/stack.ts';

let stack: ParticipationStack;
let event: TestEvent;
/** Entries of `event` in the order they were made: [name, phone, channel, visited]. */
const made: { name: string; phone: string; entryPath: string; storeVisited: boolean; entryNumber: string }[] = [];

beforeAll(async () => {
  stack = await startParticipationStack();
  event = await stack.publishEvent({ channels: ['LOCAL_TV', 'INSTAGRAM'] });
  const people = ['김철수', '이영희', '박지성', '최민정', '정대현', '강하늘', '윤아름'];
  for (const [i, name] of people.entries()) {
    const input = entryInput(event.eventId, { name, phone: `010-5${i}00-12${String(i).padStart(2, '0')}`, entryPath: i % 2 ? 'INSTAGRAM' : 'LOCAL_TV', storeVisited: i === 3 });
    const result = await participate(stack, input);
    expect(result.body.errors).toBeUndefined();
    made.push({ name, phone: input.phone as string, entryPath: input.entryPath as string, storeVisited: input.storeVisited as boolean, entryNumber: result.body.data.participate.entryNumber });
  }
});
afterAll(async () => stack?.stop());

const LIST = `query List($id: ID!, $first: Int, $after: String, $channel: MediaChannel, $won: Boolean) {
  event(id: $id) {
    participantCount
    participants(first: $first, after: $after, channel: $channel, won: $won) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id entryNumber name phone entryPath storeVisited won registeredAt }
    }
  }
}`;

function list(token: string | undefined, variables: Record<string, unknown>) {
  return stack.graphql({ query: LIST, variables: { id: event.eventId, ...variables }, ...(token ? { token } : {}) });
}

describe('the owner’s participant list', () => {
  it('shows every entry newest first, names and phones masked, with the total count', async () => {
    const result = await list(event.ownerToken, {});
    expect(result.body.errors).toBeUndefined();
    const { participantCount, participants } = result.body.data.event;
    expect(participantCount).toBe(7);
    expect(participants.totalCount).toBe(7);
    expect(participants.nodes.map((n: any) => n.entryNumber)).toEqual(made.map((m) => m.entryNumber).reverse());
    const [newest] = participants.nodes;
    expect(newest).toMatchObject({ name: '윤**', phone: '010-****-1206', entryPath: 'LOCAL_TV', storeVisited: false, won: false });
    expect(participants.nodes.find((n: any) => n.entryNumber === made[3]!.entryNumber)).toMatchObject({ name: '최**', storeVisited: true });
    expect(JSON.stringify(result.body)).not.toMatch(/철수|영희|010-5000-1200|01050001200/);
  });

  it('pages by cursor: every entry exactly once, in order, and the last page says so', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await list(event.ownerToken, { first: 3, after });
      const { participants } = result.body.data.event;
      seen.push(...participants.nodes.map((n: any) => n.entryNumber));
      expect(participants.totalCount).toBe(7);
      if (!participants.pageInfo.hasNextPage) break;
      after = participants.pageInfo.endCursor;
    }
    expect(seen).toEqual(made.map((m) => m.entryNumber).reverse());
  });

  it('filters by channel and by won, the total counting the filtered entries', async () => {
    const instagram = (await list(event.ownerToken, { channel: 'INSTAGRAM' })).body.data.event.participants;
    expect(instagram.totalCount).toBe(3);
    expect(instagram.nodes.every((n: any) => n.entryPath === 'INSTAGRAM')).toBe(true);
    const winners = (await list(event.ownerToken, { won: true })).body.data.event.participants;
    expect(winners).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await list(event.ownerToken, { won: false })).body.data.event.participants.totalCount).toBe(7);
  });

  it('refuses pages over 100 and cursors it did not make, with BAD_USER_INPUT', async () => {
    expect(firstError(await list(event.ownerToken, { first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'first' } });
    expect(firstError(await list(event.ownerToken, { first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(await list(event.ownerToken, { after: 'bm90IGEgY3Vyc29y' }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'after' } });
    // Well-formed but hand-made: the parts must be a time and an id.
    for (const key of [['yesterday', crypto.randomUUID()], [new Date().toISOString(), 'x'], [1, 2]]) {
      const forged = Buffer.from(JSON.stringify(key)).toString('base64url');
      expect(firstError(await list(event.ownerToken, { after: forged })), JSON.stringify(key)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'after' } });
    }
    const winners = await stack.graphql({ query: `{ event(id: "${event.eventId}") { winners(after: "${Buffer.from('["x"]').toString('base64url')}") { totalCount } } }`, token: event.ownerToken });
    expect(firstError(winners)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'after' } });
  });

  it('is the owner’s and admins’ only: another owner and a customer get FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
    const admin = await stack.token(crypto.randomUUID(), 'ADMIN');
    expect((await list(admin, {})).body.data.event.participants.totalCount).toBe(7);
    for (const [token, code] of [
      [await stack.token(crypto.randomUUID(), 'OWNER'), 'FORBIDDEN'],
      [await stack.token(crypto.randomUUID(), 'CUSTOMER'), 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const result = await list(token, {});
      expect(result.body.data?.event?.participants ?? null).toBeNull();
      expect(result.body.data?.event?.participantCount ?? null).toBeNull();
      expect(new Set(result.body.errors?.map((e) => e.extensions?.code))).toEqual(new Set([code]));
      expect(JSON.stringify(result.body)).not.toContain('*');
    }
  });

  it('guards entity fetches too: `_entities` straight to the subgraph with another owner’s token gets nothing', async () => {
    const stranger = await stack.token(crypto.randomUUID(), 'OWNER');
    const result = await signedSubgraphRequest<{ _entities: any[] }>(
      stack.subgraph.url,
      stack.env.SUBGRAPH_SIGNING_SECRET!,
      { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id participantCount participants { nodes { name } } } } }', variables: { r: [{ __typename: 'Event', id: event.eventId }] } },
      `Bearer ${stranger}`,
    );
    // The fields are non-null, so the refused entity is null as a whole: nothing of it leaks.
    expect(result.body.data?._entities[0] ?? null).toBeNull();
    expect(new Set(result.body.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });

  it('shows an owner an empty list for an event participation has not heard of, and lets anyone see the draw commitment', async () => {
    const unknown = crypto.randomUUID();
    const owner = await stack.token(crypto.randomUUID(), 'OWNER');
    const result = await stack.graphql({ query: `{ event(id: "${unknown}") { participantCount participants { totalCount nodes { id } } draw { id } drawSeedCommitment } }`, token: owner });
    expect(result.body).toEqual({ data: { event: { participantCount: 0, participants: { totalCount: 0, nodes: [] }, draw: null, drawSeedCommitment: null } } });
    const anonymous = await stack.graphql({ query: `{ event(id: "${event.eventId}") { drawSeedCommitment } }` });
    expect(anonymous.body.data.event.drawSeedCommitment).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers the lists of many events with one statement per field, however many events', async () => {
    const second = await stack.publishEvent({ ownerId: event.ownerId });
    await participate(stack, entryInput(second.eventId));
    const execute = vi.spyOn(stack.subgraph.runtime.orm.em.getConnection(), 'execute');
    try {
      const result = await signedSubgraphRequest<{ _entities: any[] }>(
        stack.subgraph.url,
        stack.env.SUBGRAPH_SIGNING_SECRET!,
        {
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id participantCount participants(first: 2) { totalCount nodes { entryNumber } } } } }',
          variables: { r: [event.eventId, second.eventId, event.eventId].map((id) => ({ __typename: 'Event', id })) },
        },
        `Bearer ${event.ownerToken}`,
      );
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data!._entities.map((e) => e.participantCount)).toEqual([7, 1, 7]);
      expect(result.body.data!._entities.map((e) => e.participants.nodes.length)).toEqual([2, 1, 2]);
      // Facts (for the rules), the pages and the counts: three statements for all three events.
      expect(execute).toHaveBeenCalledTimes(3);
    } finally {
      execute.mockRestore();
    }
  });
});
