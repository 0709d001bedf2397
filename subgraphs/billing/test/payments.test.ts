import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedSubgraphRequest } from '@attendgate/gateway/testing';
import { ownedEvent, pay } from './support/payments.ts';
import { eventually, firstError, startBillingStack, type Actor, type BillingStack } from './support/stack.ts';

let stack: BillingStack;
let owner: Actor;
let otherOwner: Actor;
let admin: Actor;
let completed: () => Promise<any[]>;
beforeAll(async () => {
  stack = await startBillingStack();
  [owner, otherOwner, admin] = await Promise.all([stack.actor('OWNER'), stack.actor('OWNER'), stack.actor('ADMIN')]);
  const read = await stack.listenTo(['PaymentCompleted']);
  completed = () => read('PaymentCompleted');
});
afterAll(async () => stack?.stop());

const paymentsOf = (eventId: string) => stack.sql<{ id: string; status: string }>('select id, status from billing.payment where event_id = ?', [eventId]);
const charges = (paymentId: string) => stack.simulators.paymentGateway.payments().filter((payment) => payment.orderId === paymentId);
const statusOf = async (id: string) => (await stack.sql<{ status: string }>('select status from billing.payment where id = ?', [id]))[0]?.status;

describe('who may pay for an event', () => {
  it('only its owner, as billing learned it from EventCreated; nobody for an event billing has not heard of', async () => {
    const eventId = randomUUID();
    expect(firstError(await pay(stack, owner, eventId)).code).toBe('NOT_FOUND');
    await ownedEvent(stack, owner, eventId);
    expect(firstError(await pay(stack, otherOwner, eventId)).code).toBe('NOT_FOUND');
    expect(firstError(await pay(stack, await stack.actor('CUSTOMER'), eventId)).code).toBe('FORBIDDEN');
    expect(firstError(await pay(stack, admin, eventId)).code).toBe('FORBIDDEN');
    expect(await paymentsOf(eventId)).toEqual([]);
    expect((await pay(stack, owner, eventId)).body.data.createPayment.status).toBe('APPROVED');
  });

  it('nobody once the event has ended, whatever order its events arrive in', async () => {
    const eventId = randomUUID();
    const now = new Date().toISOString();
    const published = { eventId, ownerId: owner.userId, title: '가을 이벤트', purpose: 'REVISIT' as const, channels: ['INSTAGRAM' as const], startsAt: now, endsAt: now, announcesAt: null, prize: { name: '커피', quantity: 3, unitValueKrw: 5_000 }, publishedAt: now };
    // The end first, then the start: three queues, so billing applies them in any order.
    await stack.applied([
      await stack.publishAs('events', 'EventEnded', { eventId, ownerId: owner.userId, outcome: 'CANCELLED', endedAt: now }),
      await stack.publishAs('events', 'EventCreated', { eventId, ownerId: owner.userId, purpose: 'REVISIT', storeCategory: null, region: null, createdAt: now }),
      await stack.publishAs('events', 'EventPublished', published),
    ]);
    expect((await stack.sql('select stage, title from billing.event_owner where event_id = ?', [eventId]))[0]).toEqual({ stage: 'CANCELLED', title: '가을 이벤트' });
    expect(firstError(await pay(stack, owner, eventId))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'CANCELLED' } });
  });
});

describe('a payment', () => {
  it('is approved by the gateway and announced with PaymentCompleted', async () => {
    const eventId = await ownedEvent(stack, owner);
    const payment = (await pay(stack, owner, eventId, { amountKrw: 55_000, method: 'EASY_PAY', purpose: 'IMAGE_GENERATION' })).body.data.createPayment;
    expect(payment).toMatchObject({ status: 'APPROVED', amountKrw: 55_000, refundedKrw: 0, refundableKrw: 55_000, method: 'EASY_PAY', purpose: 'IMAGE_GENERATION', approvalNumber: expect.stringMatching(/^\d{8}$/), event: { id: eventId }, owner: { id: owner.userId } });
    expect(charges(payment.id)).toEqual([expect.objectContaining({ status: 'DONE', totalAmount: 55_000, method: 'EASY_PAY' })]);
    const event = await eventually(async () => (await completed()).find((entry) => entry.data.paymentId === payment.id));
    expect(event.data).toEqual({
      paymentId: payment.id, eventId, ownerId: owner.userId, amountKrw: 55_000, method: 'EASY_PAY', purpose: 'IMAGE_GENERATION',
      gatewayReference: charges(payment.id)[0]!.paymentKey, approvedAt: payment.approvedAt,
    });
  });

  it('is DECLINED with the card company\'s reason, and nothing is announced', async () => {
    const eventId = await ownedEvent(stack, owner);
    const payment = (await pay(stack, owner, eventId, { amountKrw: 10_401 })).body.data.createPayment;
    expect(payment).toMatchObject({ status: 'DECLINED', declineCode: 'REJECT_CARD_COMPANY', declineMessage: '카드사에서 결제를 거절했습니다.', refundableKrw: 0, approvedAt: null });
    // An approval's event is written in the transaction of the approval, so none can still be on its way.
    expect((await completed()).filter((entry) => entry.data.paymentId === payment.id)).toEqual([]);
  });

  it('returns the first payment to a retry with the same key, charging once, and refuses the key for another payment', async () => {
    const eventId = await ownedEvent(stack, owner);
    const key = randomUUID();
    const first = (await pay(stack, owner, eventId, { idempotencyKey: key })).body.data.createPayment;
    expect((await pay(stack, owner, eventId, { idempotencyKey: key })).body.data.createPayment).toEqual(first);
    expect(charges(first.id)).toHaveLength(1);
    expect(firstError(await pay(stack, owner, eventId, { idempotencyKey: key, amountKrw: 40_000 })).code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Keys belong to their caller: another owner's identical key is a payment of its own (refused here only as not their event).
    expect(firstError(await pay(stack, otherOwner, eventId, { idempotencyKey: key })).code).toBe('NOT_FOUND');
    expect(await paymentsOf(eventId)).toHaveLength(1);
  });

  it('makes one payment of concurrent duplicates, charged once', async () => {
    const eventId = await ownedEvent(stack, owner);
    const key = randomUUID();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => pay(stack, owner, eventId, { idempotencyKey: key })));
    expect(results.map((result) => result.body.errors?.[0]?.extensions)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const ids = new Set(results.map((result) => result.body.data.createPayment.id));
    expect(ids.size).toBe(1);
    expect(await paymentsOf(eventId)).toHaveLength(1);
    expect(charges([...ids][0]!)).toHaveLength(1);
  });

  it('refuses malformed input and writes nothing', async () => {
    const eventId = await ownedEvent(stack, owner);
    const cases: [Record<string, unknown>, string][] = [
      [{ amountKrw: 99 }, 'amountKrw'],
      [{ amountKrw: 10_000_001 }, 'amountKrw'],
      [{ eventId: 'not-an-id' }, 'eventId'],
      [{ idempotencyKey: 'short' }, 'idempotencyKey'],
    ];
    for (const [overrides, field] of cases) {
      expect(firstError(await pay(stack, owner, eventId, overrides)).extensions, JSON.stringify(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(firstError(await pay(stack, owner, eventId, { amountKrw: 10.5 })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await pay(stack, owner, eventId, { method: 'CASH' })).code).toBe('BAD_USER_INPUT');
    expect(await paymentsOf(eventId)).toEqual([]);
    expect(stack.simulators.paymentGateway.payments().filter((payment) => payment.totalAmount === 99)).toEqual([]);
  });

  it('ends PENDING when the gateway answers after the timeout, and reconciliation approves it from a look-up', async () => {
    const eventId = await ownedEvent(stack, owner);
    stack.simulators.paymentGateway.answerDelayMs = 2_000;
    let payment;
    try {
      payment = (await pay(stack, owner, eventId)).body.data.createPayment;
    } finally {
      stack.simulators.paymentGateway.answerDelayMs = 0;
    }
    expect(payment.status).toBe('PENDING');
    expect(await eventually(async () => ((await statusOf(payment.id)) === 'APPROVED' ? true : undefined))).toBe(true);
    expect(charges(payment.id)).toHaveLength(1);
    expect(await eventually(async () => ((await completed()).filter((entry) => entry.data.paymentId === payment.id).length === 1 ? true : undefined))).toBe(true);
  });

  it('ends PENDING when the gateway fails, and reconciliation marks it FAILED once the gateway has no record of it', async () => {
    const eventId = await ownedEvent(stack, owner);
    stack.simulators.faults.set('payment-gateway', { failNext: 1 });
    const payment = (await pay(stack, owner, eventId)).body.data.createPayment;
    expect(payment.status).toBe('PENDING');
    expect(await eventually(async () => ((await statusOf(payment.id)) === 'FAILED' ? true : undefined))).toBe(true);
    expect(charges(payment.id)).toEqual([]);
  });
});

describe('who sees payments', () => {
  const PAYMENT = 'query($id: ID!) { payment(id: $id) { id status refunds { id } } }';
  const EVENT_PAYMENTS = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id payments { totalCount nodes { id amountKrw } } } } }';

  it('a payment: its owner and admins; anyone else learns nothing', async () => {
    const eventId = await ownedEvent(stack, owner);
    const payment = (await pay(stack, owner, eventId)).body.data.createPayment;
    expect((await stack.graphql({ query: PAYMENT, variables: { id: payment.id }, token: owner.token })).body.data.payment).toEqual({ id: payment.id, status: 'APPROVED', refunds: [] });
    expect((await stack.graphql({ query: PAYMENT, variables: { id: payment.id }, token: admin.token })).body.data.payment.id).toBe(payment.id);
    expect((await stack.graphql({ query: PAYMENT, variables: { id: payment.id }, token: otherOwner.token })).body).toEqual({ data: { payment: null } });
    const mine = (await stack.graphql({ query: '{ myPayments(first: 100) { totalCount nodes { id } } }', token: owner.token })).body.data.myPayments;
    expect(mine.nodes.map((node: { id: string }) => node.id)).toContain(payment.id);
    expect((await stack.graphql({ query: '{ myPayments { totalCount } }', token: otherOwner.token })).body.data.myPayments.totalCount).toBe(0);
  });

  it('an event\'s payments, contributed to the events subgraph\'s Event: its owner and admins', async () => {
    const eventId = await ownedEvent(stack, owner);
    await pay(stack, owner, eventId, { amountKrw: 11_000 });
    await pay(stack, owner, eventId, { amountKrw: 22_000 });
    const fetch = (actor: Actor) => signedSubgraphRequest<{ _entities: any[] }>(stack.subgraph.url, stack.env.SUBGRAPH_SIGNING_SECRET!, { query: EVENT_PAYMENTS, variables: { r: [{ __typename: 'Event', id: eventId }] } }, `Bearer ${actor.token}`);
    for (const actor of [owner, admin]) {
      expect((await fetch(actor)).body.data!._entities[0].payments).toMatchObject({ totalCount: 2, nodes: [{ amountKrw: 22_000 }, { amountKrw: 11_000 }] });
    }
    const refused = await fetch(otherOwner);
    expect(refused.body.data!._entities).toEqual([null]);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
