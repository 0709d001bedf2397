import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER_IDS } from '@attendgate/platform';
import users from '@attendgate/users';
import { DEMO_LINES } from '../src/services/demoData.ts';
import { firstError, startBillingStack, type BillingStack } from './support/stack.ts';

// With the users subgraph, so that billing's fields meet users' through the gateway as they do in production.
let stack: BillingStack;
/** The demo logins, read from what the users subgraph's seed prints (as a person reads them from `npm start`). */
const logins = new Map<string, { email: string; password: string }>();
beforeAll(async () => {
  stack = await startBillingStack({}, [users]);
  for (const line of await stack.subgraphs.users!.api.seedDemo!()) {
    const match = /^\s*(\w+)\s+(\S+@\S+) \/ (\S+)$/.exec(line);
    if (match) logins.set(match[1]!, { email: match[2]!, password: match[3]! });
  }
  await stack.subgraph.api.seedDemo!();
});
afterAll(async () => stack?.stop());

async function login(role: 'CUSTOMER' | 'OWNER' | 'OPERATOR' | 'ADMIN'): Promise<string> {
  const account = logins.get(role)!;
  const result = await stack.graphql({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: account.email, p: account.password } });
  return result.body.data.login.accessToken;
}

describe('billing in the supergraph', () => {
  it('seeds the demo lines for the users subgraph\'s demo accounts, once however often it runs', async () => {
    await stack.subgraph.api.seedDemo!();
    const rows = await stack.sql<{ user_id: string; phone_number: string }>('select user_id, phone_number from billing.line order by phone_number');
    expect(rows).toEqual(DEMO_LINES.map((line) => ({ user_id: DEMO_USER_IDS[line.role], phone_number: line.phoneNumber })).sort((a, b) => a.phone_number.localeCompare(b.phone_number)));
  });

  it('adds the signed-in user\'s lines to `me`, and reaches bills from there', async () => {
    const token = await login('CUSTOMER');
    const result = await stack.graphql({ query: '{ me { id name lines { totalCount nodes { id number maskedNumber } } } }', token });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.me).toMatchObject({ id: DEMO_USER_IDS.CUSTOMER, name: '이고객', lines: { totalCount: 2, nodes: [{ number: '01000000003', maskedNumber: '010-****-0003' }, { number: '01000000013' }] } });
    const lineId = result.body.data.me.lines.nodes[0].id;
    const month = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 7);
    const bill = await stack.graphql({ query: 'query($id: ID!, $m: String!) { bill(lineId: $id, month: $m) { totalKrw line { user { name } } } }', variables: { id: lineId, m: month }, token });
    expect(bill.body.data.bill).toMatchObject({ totalKrw: expect.any(Number), line: { user: { name: '이고객' } } });
  });

  it('shows staff whose a line is, by name from the users subgraph, and keeps other customers out', async () => {
    const operator = await login('OPERATOR');
    const listed = await stack.graphql({ query: '{ lines(first: 10) { nodes { maskedNumber number user { name role } } } }', token: operator });
    expect(listed.body.data.lines.nodes).toEqual(expect.arrayContaining([{ maskedNumber: '010-****-0001', number: null, user: { name: '김사장', role: 'OWNER' } }]));
    const owner = await login('OWNER');
    const mine = await stack.graphql({ query: '{ me { lines { totalCount } } }', token: owner });
    expect(mine.body.data.me.lines.totalCount).toBe(1);
    expect(firstError(await stack.graphql({ query: '{ lines { totalCount } }', token: owner })).code).toBe('FORBIDDEN');
  });
});
