import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/services/demoData.ts';
import { eventually, firstError, login, ME, ownerInput, signUp } from './support/fixtures.ts';
import { startUsersStack, type UsersStack } from './support/stack.ts';

// A small breaker window and few retries so that a handful of failures opens the circuit; a long half-open
// delay so it stays open for the rest of the file.
let stack: UsersStack;
beforeAll(async () => {
  stack = await startUsersStack({
    USERS_TAX_OFFICE_RETRIES: '2',
    USERS_TAX_OFFICE_RETRY_DELAY_MS: '20',
    USERS_TAX_OFFICE_BREAKER_WINDOW: '4',
    USERS_TAX_OFFICE_BREAKER_MINIMUM_CALLS: '2',
    USERS_TAX_OFFICE_BREAKER_HALF_OPEN_AFTER_MS: '600000',
  });
});
afterAll(async () => stack?.stop());

async function breakerState(): Promise<string | undefined> {
  const response = await fetch(stack.subgraph.url.replace(/\/graphql$/, '/readyz'));
  return ((await response.json()) as { breakers?: Record<string, string> }).breakers?.['tax-office'];
}

async function verificationOf(accessToken: string): Promise<string | undefined> {
  return (await stack.graphql({ query: ME, token: accessToken })).body.data?.me?.store?.verificationStatus;
}

async function adminToken(): Promise<string> {
  const admin = DEMO_ACCOUNTS.find((account) => account.role === 'ADMIN')!;
  const result = await login(stack, admin.email, admin.password);
  return result.body.data.login.accessToken;
}

describe('when the tax office is down', () => {
  const pending: { id: string; accessToken: string }[] = [];

  it('creates accounts PENDING, opens the circuit, and the job falls back to manual review', async () => {
    stack.simulators.faults.set('tax-office', { down: true });
    const result = await signUp(stack, ownerInput());
    expect(result.body.data.signUp.user.store.verificationStatus).toBe('PENDING');
    pending.push({ id: result.body.data.signUp.user.id, accessToken: result.body.data.signUp.accessToken });

    await eventually(async () => ((await verificationOf(result.body.data.signUp.accessToken)) === 'PENDING_MANUAL_REVIEW' ? true : undefined));
    expect(await breakerState()).toBe('open');
  });

  it('makes later sign-ups without calling the tax office at all, and their jobs end in manual review', async () => {
    stack.simulators.clearRequests('tax-office');
    const result = await signUp(stack, ownerInput());
    expect(result.body.data.signUp.user.store.verificationStatus).toBe('PENDING');
    pending.push({ id: result.body.data.signUp.user.id, accessToken: result.body.data.signUp.accessToken });

    await eventually(async () => ((await verificationOf(result.body.data.signUp.accessToken)) === 'PENDING_MANUAL_REVIEW' ? true : undefined));
    expect(stack.simulators.requests('tax-office')).toEqual([]);
  });

  it('lists the stores awaiting review for admins, who settle them by hand', async () => {
    await stack.subgraph.api.seedDemo!();
    await stack.subgraph.api.seedDemo!(); // idempotent: a second run changes nothing
    const token = await adminToken();

    const listed = await stack.graphql({ query: '{ storesAwaitingReview { id store { verificationStatus } } }', token });
    expect(listed.body.data.storesAwaitingReview.map((user: { id: string }) => user.id)).toEqual(pending.map((user) => user.id));

    const reviewed = await stack.graphql({
      query: 'mutation($id: ID!) { reviewBusinessVerification(userId: $id, decision: VERIFIED) { id store { verificationStatus } } }',
      variables: { id: pending[0]!.id },
      token,
    });
    expect(reviewed.body.data.reviewBusinessVerification.store.verificationStatus).toBe('VERIFIED');
    expect(await verificationOf(pending[0]!.accessToken)).toBe('VERIFIED');
  });

  it('refuses the review queue and decisions to anyone but admins', async () => {
    const owner = pending[1]!;
    const listed = await stack.graphql({ query: '{ storesAwaitingReview { id } }', token: owner.accessToken });
    expect(firstError(listed).code).toBe('FORBIDDEN');
    const reviewed = await stack.graphql({
      query: 'mutation($id: ID!) { reviewBusinessVerification(userId: $id, decision: VERIFIED) { id } }',
      variables: { id: owner.id },
      token: owner.accessToken,
    });
    expect(firstError(reviewed).code).toBe('FORBIDDEN');
    expect(await verificationOf(owner.accessToken)).toBe('PENDING_MANUAL_REVIEW');
  });
});
