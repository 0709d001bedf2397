import { randomUUID } from 'node:crypto';
import type { Actor, BillingStack, GraphqlResult } from './stack.ts';

export const CREATE_PAYMENT = `mutation($input: CreatePaymentInput!) { createPayment(input: $input) {
  id status amountKrw refundedKrw refundableKrw method purpose declineCode declineMessage approvalNumber approvedAt event { id } owner { id } } }`;

export function pay(stack: BillingStack, owner: Actor, eventId: string, overrides: Record<string, unknown> = {}): Promise<GraphqlResult> {
  const input = { eventId, amountKrw: 33_000, method: 'CARD', purpose: 'CHANNEL_DISTRIBUTION', idempotencyKey: randomUUID(), ...overrides };
  return stack.graphql({ query: CREATE_PAYMENT, variables: { input }, token: owner.token });
}

/**
 * An event of `owner`, announced as the events subgraph does (EventCreated through the real queue), once billing
 * has applied it. Returns the event id.
 */
export async function ownedEvent(stack: BillingStack, owner: Actor, eventId: string = randomUUID()): Promise<string> {
  await stack.applied([await stack.publishAs('events', 'EventCreated', { eventId, ownerId: owner.userId, purpose: 'NEW_CUSTOMERS', storeCategory: 'cafe', region: '서울 마포구', createdAt: new Date().toISOString() })]);
  return eventId;
}

/** An approved payment of `owner` for a fresh event of theirs. */
export async function approvedPayment(stack: BillingStack, owner: Actor, amountKrw = 30_000): Promise<{ id: string; eventId: string }> {
  const eventId = await ownedEvent(stack, owner);
  const result = await pay(stack, owner, eventId, { amountKrw });
  const payment = result.body.data?.createPayment;
  if (payment?.status !== 'APPROVED') throw new Error(`payment not approved: ${JSON.stringify(result.body)}`);
  return { id: payment.id, eventId };
}
