import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/services/demoData.ts';
import { countUsers, customerInput, firstError, login, PASSWORD, signUp, uniqueEmail, uniquePhone } from './support/fixtures.ts';
import { startUsersStack, type UsersStack } from './support/stack.ts';

const CREATE_STAFF = 'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id email role store { name } } }';

let stack: UsersStack;
let adminToken: string;
beforeAll(async () => {
  stack = await startUsersStack();
  const lines = await stack.subgraph.api.seedDemo!();
  expect(lines.join('\n')).toContain('admin@demo.attendgate.dev');
  const admin = DEMO_ACCOUNTS.find((account) => account.role === 'ADMIN')!;
  adminToken = (await login(stack, admin.email, admin.password)).body.data.login.accessToken;
});
afterAll(async () => stack?.stop());

function staffInput(role: string) {
  return { email: uniqueEmail('staff'), password: PASSWORD, name: '박운영', phone: uniquePhone(), role };
}

describe('staff accounts', () => {
  it('are created by admins, and can log in with their role', async () => {
    const input = staffInput('OPERATOR');
    const result = await stack.graphql({ query: CREATE_STAFF, variables: { input }, token: adminToken });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.createStaffUser).toMatchObject({ email: input.email, role: 'OPERATOR', store: null });
    expect((await login(stack, input.email, PASSWORD)).body.data.login.user.role).toBe('OPERATOR');
  });

  it('are refused to anyone but an admin, and nothing is written', async () => {
    const customer = (await signUp(stack, customerInput())).body.data.signUp;
    const before = await countUsers(stack);
    const asCustomer = await stack.graphql({ query: CREATE_STAFF, variables: { input: staffInput('ADMIN') }, token: customer.accessToken });
    expect(firstError(asCustomer).code).toBe('FORBIDDEN');
    const anonymous = await stack.graphql({ query: CREATE_STAFF, variables: { input: staffInput('ADMIN') } });
    expect(firstError(anonymous).code).toBe('UNAUTHENTICATED');
    expect(await countUsers(stack)).toBe(before);
  });

  it('follow the same field rules as sign-up', async () => {
    const taken = staffInput('ADMIN');
    expect((await stack.graphql({ query: CREATE_STAFF, variables: { input: taken }, token: adminToken })).body.errors).toBeUndefined();
    const duplicate = await stack.graphql({ query: CREATE_STAFF, variables: { input: { ...staffInput('ADMIN'), email: taken.email } }, token: adminToken });
    expect(firstError(duplicate)).toMatchObject({ code: 'CONFLICT', extensions: { field: 'email' } });
    const weak = await stack.graphql({ query: CREATE_STAFF, variables: { input: { ...staffInput('ADMIN'), password: '12345678' } }, token: adminToken });
    expect(firstError(weak)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'password' } });
  });

  it('come from seed data idempotently: seeding again adds nobody', async () => {
    const before = await countUsers(stack);
    await stack.subgraph.api.seedDemo!();
    expect(await countUsers(stack)).toBe(before);
    const owner = DEMO_ACCOUNTS.find((account) => account.role === 'OWNER')!;
    const me = await stack.graphql({ query: '{ me { role store { verificationStatus businessNumber } } }', token: (await login(stack, owner.email, owner.password)).body.data.login.accessToken });
    expect(me.body.data.me).toEqual({ role: 'OWNER', store: { verificationStatus: 'VERIFIED', businessNumber: '120-**-*7521' } });
  });
});
