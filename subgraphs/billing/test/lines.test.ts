import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedSubgraphRequest } from '@attendgate/gateway/testing';
import { DEMO_LINE_NUMBERS } from '@attendgate/simulators';
import { firstError, freshLineNumber, REGISTER_LINE, registerLine, startBillingStack, type Actor, type BillingStack } from './support/stack.ts';

let stack: BillingStack;
let operator: Actor;
let admin: Actor;
let customer: Actor;
let stranger: Actor;
beforeAll(async () => {
  stack = await startBillingStack();
  [operator, admin, customer, stranger] = await Promise.all([stack.actor('OPERATOR'), stack.actor('ADMIN'), stack.actor('CUSTOMER'), stack.actor('CUSTOMER')]);
});
afterAll(async () => stack?.stop());

const countLines = async () => Number((await stack.sql<{ n: string }>('select count(*)::text as n from billing.line'))[0]!.n);

describe('registering a line', () => {
  it('an operator registers a carrier line to a user, checked with KOS, and the number is stored in one spelling', async () => {
    const number = freshLineNumber();
    const spelled = `+82 ${number.slice(1, 3)}-${number.slice(3, 7)}-${number.slice(7)}`;
    const result = await stack.graphql({ query: REGISTER_LINE, variables: { userId: customer.userId, phoneNumber: spelled }, token: operator.token });
    expect(result.body.data.registerLine).toMatchObject({ maskedNumber: `010-****-${number.slice(-4)}`, user: { id: customer.userId } });
    // Operators see the number masked only; the full number is the line's user's and admins'.
    expect(result.body.data.registerLine.number).toBeNull();
    expect(result.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([['registerLine.number', 'FORBIDDEN']]);
    expect(stack.simulators.requests('kos').map((request) => request.path)).toContain(`/api/v1/subscribers/${number}`);
    const [row] = await stack.sql<{ phone_number: string; kos_subscriber_id: string; registered_by: string }>('select phone_number, kos_subscriber_id, registered_by from billing.line where phone_number = ?', [number]);
    expect(row).toMatchObject({ phone_number: number, kos_subscriber_id: expect.stringMatching(/^SC\d{10}$/), registered_by: operator.userId });
  });

  it('refuses invalid input, numbers the carrier does not know and numbers already registered, writing nothing', async () => {
    const before = await countLines();
    const taken = freshLineNumber();
    await registerLine(stack, operator, customer, taken);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ userId: customer.userId, phoneNumber: '02-123-4567' }, 'BAD_USER_INPUT', 'phoneNumber'],
      [{ userId: 'not-a-uuid', phoneNumber: freshLineNumber() }, 'BAD_USER_INPUT', 'userId'],
      [{ userId: customer.userId, phoneNumber: DEMO_LINE_NUMBERS.unknown }, 'NOT_FOUND', 'phoneNumber'],
      [{ userId: stranger.userId, phoneNumber: taken }, 'CONFLICT', 'phoneNumber'],
    ];
    for (const [variables, code, field] of cases) {
      const result = await stack.graphql({ query: REGISTER_LINE, variables, token: operator.token });
      expect([firstError(result).code, firstError(result).extensions.field], JSON.stringify(variables)).toEqual([code, field]);
    }
    expect(await countLines()).toBe(before + 1);
  });

  it('only operators and admins register lines', async () => {
    for (const actor of [customer, await stack.actor('OWNER')]) {
      const result = await stack.graphql({ query: REGISTER_LINE, variables: { userId: actor.userId, phoneNumber: freshLineNumber() }, token: actor.token });
      expect(firstError(result).code).toBe('FORBIDDEN');
    }
    expect(firstError(await stack.graphql({ query: REGISTER_LINE, variables: { userId: customer.userId, phoneNumber: freshLineNumber() } })).code).toBe('UNAUTHENTICATED');
  });

  it('gives a number raced by two registrations to exactly one user', async () => {
    const number = freshLineNumber();
    const results = await Promise.all([customer, stranger, customer, stranger].map((owner) =>
      stack.graphql({ query: REGISTER_LINE, variables: { userId: owner.userId, phoneNumber: number }, token: operator.token })));
    expect(results.filter((result) => result.body.data?.registerLine).length).toBe(1);
    expect(results.filter((result) => firstError(result).code === 'CONFLICT').length).toBe(3);
    expect(await stack.sql('select 1 from billing.line where phone_number = ?', [number])).toHaveLength(1);
  });

  it('answers UPSTREAM_UNAVAILABLE when KOS is down, and registers nothing', async () => {
    const before = await countLines();
    stack.simulators.faults.set('kos', { failNext: 1 });
    const result = await stack.graphql({ query: REGISTER_LINE, variables: { userId: customer.userId, phoneNumber: freshLineNumber() }, token: operator.token });
    expect(firstError(result)).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', message: expect.stringContaining('try again') });
    expect(JSON.stringify(result.body)).not.toMatch(/127\.0\.0\.1|kos\/api/);
    expect(await countLines()).toBe(before);
  });
});

describe('who sees a line', () => {
  const LINE = 'query($id: ID!) { line(id: $id) { id maskedNumber number user { id } } }';
  const USER_LINES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id lines(first: 10) { totalCount nodes { id maskedNumber } pageInfo { hasNextPage endCursor } } } } }`;
  let lineId: string;
  let number: string;
  beforeAll(async () => {
    number = freshLineNumber();
    lineId = await registerLine(stack, operator, customer, number);
  });

  it('the line\'s user sees it with the full number; admins too; operators masked; other customers not at all', async () => {
    expect((await stack.graphql({ query: LINE, variables: { id: lineId }, token: customer.token })).body.data.line).toEqual({ id: lineId, maskedNumber: `010-****-${number.slice(-4)}`, number, user: { id: customer.userId } });
    expect((await stack.graphql({ query: LINE, variables: { id: lineId }, token: admin.token })).body.data.line.number).toBe(number);
    expect((await stack.graphql({ query: LINE, variables: { id: lineId }, token: operator.token })).body.data.line).toMatchObject({ id: lineId, number: null });
    const other = await stack.graphql({ query: LINE, variables: { id: lineId }, token: stranger.token });
    expect(other.body).toEqual({ data: { line: null } });
  });

  it('lists a user\'s lines for the user and staff, and refuses them to anyone else, entity fetches included', async () => {
    const entities = (actor: Actor) => signedSubgraphRequest<{ _entities: any[] }>(stack.subgraph.url, stack.env.SUBGRAPH_SIGNING_SECRET!, { query: USER_LINES, variables: { r: [{ __typename: 'User', id: customer.userId }] } }, `Bearer ${actor.token}`);
    for (const actor of [customer, operator, admin]) {
      const [user] = (await entities(actor)).body.data!._entities;
      expect(user.lines.nodes.map((line: { id: string }) => line.id), actor.role).toContain(lineId);
    }
    const refused = await entities(stranger);
    expect(refused.body.data!._entities).toEqual([null]);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages a user\'s lines oldest first with a cursor', async () => {
    const owner = await stack.actor('CUSTOMER');
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await registerLine(stack, operator, owner, freshLineNumber()));
    const query = 'query($id: ID!, $after: String) { line(id: $id) { user { lines(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } } }';
    const first = (await stack.graphql({ query, variables: { id: ids[0] }, token: owner.token })).body.data.line.user.lines;
    expect(first).toMatchObject({ totalCount: 3, nodes: [{ id: ids[0] }, { id: ids[1] }], pageInfo: { hasNextPage: true } });
    const second = (await stack.graphql({ query, variables: { id: ids[0], after: first.pageInfo.endCursor }, token: owner.token })).body.data.line.user.lines;
    expect(second).toMatchObject({ nodes: [{ id: ids[2] }], pageInfo: { hasNextPage: false } });
    const tooMany = await stack.graphql({ query: 'query($id: ID!) { line(id: $id) { user { lines(first: 51) { totalCount } } } }', variables: { id: ids[0] }, token: owner.token });
    expect(firstError(tooMany).code).toBe('BAD_USER_INPUT');
  });

  it('loads the lines of many users with one statement for the pages and one for the counts', async () => {
    const users = await Promise.all([1, 2, 3].map(() => stack.actor('CUSTOMER')));
    for (const user of users) await registerLine(stack, operator, user, freshLineNumber());
    const execute = vi.spyOn(stack.subgraph.runtime.orm.em.getConnection(), 'execute');
    try {
      const result = await signedSubgraphRequest<{ _entities: any[] }>(stack.subgraph.url, stack.env.SUBGRAPH_SIGNING_SECRET!, {
        query: USER_LINES, variables: { r: users.map((user) => ({ __typename: 'User', id: user.userId })) },
      }, `Bearer ${admin.token}`);
      expect(result.body.data!._entities.map((user) => user.lines.totalCount)).toEqual([1, 1, 1]);
      expect(execute).toHaveBeenCalledTimes(2);
    } finally {
      execute.mockRestore();
    }
  });

  it('lists every line for staff only, newest first', async () => {
    const query = '{ lines(first: 2) { totalCount nodes { id registeredAt } } }';
    const listed = (await stack.graphql({ query, token: operator.token })).body.data.lines;
    expect(listed.totalCount).toBeGreaterThanOrEqual(3);
    expect(Date.parse(listed.nodes[0].registeredAt)).toBeGreaterThanOrEqual(Date.parse(listed.nodes[1].registeredAt));
    expect(firstError(await stack.graphql({ query, token: customer.token })).code).toBe('FORBIDDEN');
  });
});
