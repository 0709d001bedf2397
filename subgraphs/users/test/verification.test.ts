import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_BUSINESS_NUMBERS } from '@attendgate/simulators';
import { countUsers, countVerificationJobs, eventually, firstError, ME, ownerInput, signUp, validBusinessNumber } from './support/fixtures.ts';
import { redisEntries } from './support/redisKeys.ts';
import { FAST_SETTINGS, startUsersStack, type UsersStack } from './support/stack.ts';

const TIMEOUT_MS = Number(FAST_SETTINGS.USERS_TAX_OFFICE_TIMEOUT_MS);
const STATUS_PATH = '/api/nts-businessman/v1/status';

let stack: UsersStack;
beforeAll(async () => {
  stack = await startUsersStack();
});
afterAll(async () => stack?.stop());
beforeEach(() => stack.simulators.reset());

/** The business numbers the tax office was asked about, in order. */
function askedNumbers(): string[] {
  return stack.simulators
    .requests('tax-office')
    .filter((request) => request.path === STATUS_PATH)
    .flatMap((request) => (request.body as { b_no: string[] }).b_no);
}

async function verificationOf(accessToken: string): Promise<string | undefined> {
  const result = await stack.graphql({ query: ME, token: accessToken });
  return result.body.data?.me?.store?.verificationStatus;
}

describe('business-number verification at sign-up', () => {
  it('verifies an active business synchronously, with one call carrying the service key', async () => {
    const input = ownerInput();
    const result = await signUp(stack, input);
    expect(result.body.data.signUp.user.store.verificationStatus).toBe('VERIFIED');
    expect(askedNumbers()).toEqual([input.store.businessNumber]);
    expect(stack.simulators.requests('tax-office')[0]?.query).toMatchObject({ serviceKey: expect.any(String) });
    expect(await verificationOf(result.body.data.signUp.accessToken)).toBe('VERIFIED');
  });

  it.each([
    ['closed', 'CLOSED'],
    ['suspended', 'SUSPENDED'],
    ['unregistered', 'UNREGISTERED'],
  ] as const)('refuses a %s business with BUSINESS_NOT_ACTIVE and writes nothing', async (_label, status) => {
    const number = validBusinessNumber();
    stack.simulators.taxOffice.setStatus(number, status);
    const usersBefore = await countUsers(stack);
    const result = await signUp(stack, ownerInput({}, { businessNumber: number }));
    expect(result.body.data?.signUp ?? null).toBeNull();
    expect(firstError(result)).toMatchObject({ code: 'BUSINESS_NOT_ACTIVE', extensions: { field: 'store.businessNumber', businessStatus: status } });
    expect(await countUsers(stack)).toBe(usersBefore);
  });

  it('answers within about one timeout when the tax office is slow, PENDING, and the job later verifies', async () => {
    stack.simulators.faults.set('tax-office', { latencyMs: TIMEOUT_MS * 5 });
    const jobsBefore = await countVerificationJobs(stack);
    const started = Date.now();
    const result = await signUp(stack, ownerInput());
    const elapsed = Date.now() - started;
    stack.simulators.faults.clear();

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.signUp.user.store.verificationStatus).toBe('PENDING');
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(await countVerificationJobs(stack)).toBe(jobsBefore + 1);
    await eventually(async () => ((await verificationOf(result.body.data.signUp.accessToken)) === 'VERIFIED' ? true : undefined));
  });

  it('creates the account PENDING when the one attempt fails, and the job settles it', async () => {
    stack.simulators.faults.set('tax-office', { failNext: 1 });
    const result = await signUp(stack, ownerInput());
    expect(result.body.data.signUp.user.store.verificationStatus).toBe('PENDING');
    await eventually(async () => ((await verificationOf(result.body.data.signUp.accessToken)) === 'VERIFIED' ? true : undefined));
  });

  it('ends REJECTED when the job learns the business is not active', async () => {
    const number = validBusinessNumber();
    stack.simulators.faults.set('tax-office', { failNext: 1 });
    const result = await signUp(stack, ownerInput({}, { businessNumber: number }));
    expect(result.body.data.signUp.user.store.verificationStatus).toBe('PENDING');
    stack.simulators.taxOffice.setStatus(number, 'CLOSED');
    await eventually(async () => ((await verificationOf(result.body.data.signUp.accessToken)) === 'REJECTED' ? true : undefined));
  });

  it('answers from the cache without calling the tax office again, keyed by the blind index only', async () => {
    const number = DEMO_BUSINESS_NUMBERS.closed;
    expect(firstError(await signUp(stack, ownerInput({}, { businessNumber: number }))).code).toBe('BUSINESS_NOT_ACTIVE');
    expect(askedNumbers()).toEqual([number]);

    // Even though the tax office would now say ACTIVE, the cached answer stands (seed 002: cached for 7 days).
    stack.simulators.taxOffice.setStatus(number, 'ACTIVE');
    expect(firstError(await signUp(stack, ownerInput({}, { businessNumber: number }))).code).toBe('BUSINESS_NOT_ACTIVE');
    expect(askedNumbers()).toEqual([number]);

    const cached = await redisEntries(stack, 'users:business-status:*');
    expect(Object.values(cached)).toContain('CLOSED');
    expect(JSON.stringify(cached)).not.toContain(number);
  });
});
