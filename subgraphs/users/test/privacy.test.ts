import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedSubgraphRequest } from '@attendgate/gateway/testing';
import { DEMO_ACCOUNTS } from '../src/services/demoData.ts';
import { customerInput, firstError, login, ownerInput, signUp } from './support/fixtures.ts';
import { startUsersStack, type UsersStack } from './support/stack.ts';

let stack: UsersStack;
let owner: { id: string; accessToken: string; email: string; phone: string };
let customer: { id: string; accessToken: string };
let adminToken: string;

beforeAll(async () => {
  stack = await startUsersStack();
  const ownerFields = ownerInput();
  const ownerResult = (await signUp(stack, ownerFields)).body.data.signUp;
  owner = { id: ownerResult.user.id, accessToken: ownerResult.accessToken, email: ownerFields.email, phone: ownerFields.phone };
  const customerResult = (await signUp(stack, customerInput())).body.data.signUp;
  customer = { id: customerResult.user.id, accessToken: customerResult.accessToken };
  await stack.subgraph.api.seedDemo!();
  const admin = DEMO_ACCOUNTS.find((account) => account.role === 'ADMIN')!;
  adminToken = (await login(stack, admin.email, admin.password)).body.data.login.accessToken;
});
afterAll(async () => stack?.stop());

const USER_FIELDS = 'id name role email phone store { name region businessNumber verificationStatus }';

/** An entity fetch as the gateway sends it when another subgraph's answer references users. */
function entities(ids: string[], token?: string) {
  return signedSubgraphRequest<{ _entities: any[] }>(
    stack.subgraph.url,
    stack.env.SUBGRAPH_SIGNING_SECRET!,
    { query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { ${USER_FIELDS} } } }`, variables: { r: ids.map((id) => ({ __typename: 'User', id })) } },
    token ? `Bearer ${token}` : undefined,
  );
}

describe('who sees e-mail and phone', () => {
  it('another signed-in user sees the name and store but gets null and FORBIDDEN for private fields', async () => {
    const result = await entities([owner.id], customer.accessToken);
    const [user] = result.body.data!._entities;
    expect(user).toMatchObject({ id: owner.id, name: '김사장', role: 'OWNER', email: null, phone: null, store: { name: '골목 카페', businessNumber: null, verificationStatus: null } });
    const forbidden = (result.body.errors ?? []).map((error) => [error.path?.slice(2).join('.'), error.extensions?.code]);
    expect(forbidden).toEqual(expect.arrayContaining([['email', 'FORBIDDEN'], ['phone', 'FORBIDDEN'], ['store.businessNumber', 'FORBIDDEN'], ['store.verificationStatus', 'FORBIDDEN']]));
  });

  it('the user themself sees everything about themself', async () => {
    const [user] = (await entities([owner.id], owner.accessToken)).body.data!._entities;
    expect(user).toMatchObject({ email: owner.email, phone: owner.phone, store: { verificationStatus: 'VERIFIED', businessNumber: expect.stringMatching(/^\d{3}-\*\*-\*\d{4}$/) } });
  });

  it('an admin sees private fields, through the gateway too', async () => {
    const result = await stack.graphql({ query: `query($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`, variables: { id: owner.id }, token: adminToken });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.user).toMatchObject({ email: owner.email, phone: owner.phone });
  });

  it('only admins may look users up by id', async () => {
    const result = await stack.graphql({ query: `query($id: ID!) { user(id: $id) { id } }`, variables: { id: owner.id }, token: customer.accessToken });
    expect(firstError(result).code).toBe('FORBIDDEN');
  });

  it('an anonymous caller learns nothing about a user', async () => {
    const result = await entities([owner.id]);
    expect(JSON.stringify(result.body.data)).not.toContain(owner.email);
    expect(JSON.stringify(result.body.data)).not.toContain('김사장');
    expect(new Set(result.body.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
  });
});

describe('entity fetches', () => {
  it('resolve a batch of references with one database query, in order, unknown and malformed ids as null', async () => {
    const driver = stack.subgraph.runtime.orm.em.getDriver();
    const find = vi.spyOn(driver, 'find');
    const execute = vi.spyOn(stack.subgraph.runtime.orm.em.getConnection(), 'execute');
    try {
      const ids = [customer.id, 'not-a-uuid', owner.id, '00000000-0000-4000-8000-000000000000', customer.id];
      const result = await entities(ids, adminToken);
      expect(result.body.data!._entities.map((user) => user?.id ?? null)).toEqual([customer.id, null, owner.id, null, customer.id]);
      expect(find).toHaveBeenCalledTimes(1);
      expect(execute).toHaveBeenCalledTimes(1);
    } finally {
      find.mockRestore();
      execute.mockRestore();
    }
  });
});

describe('the subgraph door', () => {
  it('refuses requests that did not come through the gateway, entity fetches included', async () => {
    const queries = [
      '{ me { id email } }',
      `{ _entities(representations: [{ __typename: "User", id: "${owner.id}" }]) { ... on User { email phone } } }`,
      '{ _service { sdl } }',
      'mutation { login(email: "a@b.kr", password: "whatever1") { accessToken } }',
    ];
    for (const query of queries) {
      const response = await fetch(stack.subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.accessToken}` },
        body: JSON.stringify({ query }),
      });
      expect(response.status, query).toBe(401);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});
