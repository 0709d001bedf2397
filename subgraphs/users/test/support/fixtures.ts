import { randomInt } from 'node:crypto';
import { businessNumberCheckDigit } from '../../src/domain/businessNumber.ts';
import type { GraphqlResult, UsersStack } from './stack.ts';

let counter = 0;
const runTag = randomInt(1_000, 9_999);

/** A fresh e-mail address for this file. */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}.${runTag}.${counter}@example.kr`;
}

/** A fresh 010 mobile number. */
export function uniquePhone(): string {
  counter += 1;
  return `010${String(runTag).padStart(4, '0')}${String(counter).padStart(4, '0')}`;
}

/** A business number with a valid check digit (the tax-office simulator answers ACTIVE for those by default). */
export function validBusinessNumber(): string {
  // 5xx… stems stay clear of the simulator's demo numbers (999-02-…, 999-03-…).
  const stem = `5${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  return `${stem}${businessNumberCheckDigit(stem)}`;
}

export const PASSWORD = 'a sufficiently long passphrase';

export function customerInput(overrides: Record<string, unknown> = {}) {
  return { email: uniqueEmail('customer'), password: PASSWORD, name: '이고객', phone: uniquePhone(), role: 'CUSTOMER', ...overrides };
}

export function ownerInput(overrides: Record<string, unknown> = {}, store: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail('owner'),
    password: PASSWORD,
    name: '김사장',
    phone: uniquePhone(),
    role: 'OWNER',
    store: { name: '골목 카페', category: 'cafe', region: '서울 마포구', businessNumber: validBusinessNumber(), ...store },
    ...overrides,
  };
}

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    user { id email phone name role createdAt store { name category region businessNumber verificationStatus verificationUpdatedAt } }
  }
}`;

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken user { id email role } }
}`;

export const REFRESH = `mutation Refresh($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) { accessToken refreshToken user { id email } }
}`;

export const ME = `{ me { id email phone name role store { name businessNumber verificationStatus } } }`;

export function signUp(stack: UsersStack, input: Record<string, unknown>): Promise<GraphqlResult> {
  return stack.graphql({ query: SIGN_UP, variables: { input } });
}

export function login(stack: UsersStack, email: string, password: string): Promise<GraphqlResult> {
  return stack.graphql({ query: LOGIN, variables: { email, password } });
}

export { firstErrorOf as firstError } from '@attendgate/gateway/testing';
export { eventually } from '@attendgate/platform/testing';

/** How many accounts exist (to prove that a refused sign-up wrote nothing). */
export async function countUsers(stack: UsersStack): Promise<number> {
  const [row] = await stack.sql<{ count: string }>('select count(*)::text as count from users."user"');
  return Number(row?.count ?? 0);
}

/** Verification jobs enqueued (to prove a refused sign-up enqueued nothing). */
export async function countVerificationJobs(stack: UsersStack): Promise<number> {
  const [row] = await stack.sql<{ count: string }>(`select count(*)::text as count from pgboss.job where name = 'users.verify-business-number'`);
  return Number(row?.count ?? 0);
}
