import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedPayment, ownedEvent, pay } from './support/payments.ts';
import { eventually, firstError, startBillingStack, type Actor, type BillingStack } from './support/stack.ts';

let stack: BillingStack;
let owner: Actor;
let admin: Actor;
let refunded: () => Promise<any[]>;
beforeAll(async () => {
  stack = await startBillingStack();
  [owner, admin] = await Promise.all([stack.actor('OWNER'), stack.actor('ADMIN')]);
  const read = await stack.listenTo(['PaymentRefunded']);
  refunded = () => read('PaymentRefunded');
});
afterAll(async () => stack?.stop());

const REFUND = `mutation($paymentId: ID!, $amount: Krw, $reason: String, $key: String) { refund(paymentId: $paymentId, amountKrw: $amount, reason: $reason, idempotencyKey: $key) {
  id amountKrw status reason failureCode payment { id status refundedKrw refundableKrw refunds { id amountKrw status } } } }`;
const refund = (paymentId: string, variables: Record<string, unknown> = {}, actor: Actor = owner) => stack.graphql({ query: REFUND, variables: { paymentId, ...variables }, token: actor.token });
const gatewayBalance = async (paymentId: string) => stack.simulators.paymentGateway.payments().find((payment) => payment.orderId === paymentId)!;
const paymentRow = async (id: string) => (await stack.sql<{ status: string; refunded_krw: number; refunding_krw: number }>('select status, refunded_krw, refunding_krw from billing.payment where id = ?', [id]))[0]!;

describe('refunds', () => {
  it('refund part, then the rest, each announced with PaymentRefunded and what remains', async () => {
    const payment = await approvedPayment(stack, owner, 30_000);
    const partial = (await refund(payment.id, { amount: 10_000, reason: '채널 한 곳 미배포' })).body.data.refund;
    expect(partial).toMatchObject({ amountKrw: 10_000, status: 'COMPLETED', reason: '채널 한 곳 미배포', payment: { status: 'PARTIALLY_REFUNDED', refundedKrw: 10_000, refundableKrw: 20_000 } });
    const rest = (await refund(payment.id)).body.data.refund;
    expect(rest).toMatchObject({ amountKrw: 20_000, status: 'COMPLETED', payment: { status: 'REFUNDED', refundedKrw: 30_000, refundableKrw: 0 } });
    expect(rest.payment.refunds.map((entry: { amountKrw: number }) => entry.amountKrw)).toEqual([10_000, 20_000]);
    expect((await gatewayBalance(payment.id))).toMatchObject({ status: 'CANCELED', balanceAmount: 0 });
    const events = await eventually(async () => {
      const mine = (await refunded()).filter((event) => event.data.paymentId === payment.id);
      return mine.length === 2 ? mine : undefined;
    });
    expect(events.map((event) => [event.data.amountKrw, event.data.remainingKrw])).toEqual([[10_000, 20_000], [20_000, 0]]);
    expect(events[0].data).toMatchObject({ eventId: payment.eventId, ownerId: owner.userId, refundId: partial.id });
  });

  it('never refunds more than was paid, and nothing once fully refunded', async () => {
    const payment = await approvedPayment(stack, owner, 30_000);
    expect(firstError(await refund(payment.id, { amount: 30_001 }))).toMatchObject({ code: 'REFUND_AMOUNT_EXCEEDED', extensions: { refundableKrw: 30_000 } });
    await refund(payment.id);
    expect(firstError(await refund(payment.id, { amount: 1 }))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'REFUNDED' } });
    expect(await paymentRow(payment.id)).toEqual({ status: 'REFUNDED', refunded_krw: 30_000, refunding_krw: 0 });
  });

  it('lets concurrent refunds take no more than was paid, together', async () => {
    const payment = await approvedPayment(stack, owner, 30_000);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => refund(payment.id, { amount: 10_000 })));
    expect(results.filter((result) => result.body.data?.refund?.status === 'COMPLETED')).toHaveLength(3);
    // The two that lose are refused as over the refundable amount, or, if they arrive after the payment was
    // refunded in full, as not refundable in that state: which depends only on timing.
    const refused = results.filter((result) => !result.body.data?.refund);
    expect(refused.map((result) => firstError(result).code).every((code) => code === 'REFUND_AMOUNT_EXCEEDED' || code === 'INVALID_STATE')).toBe(true);
    expect(refused).toHaveLength(2);
    expect(await paymentRow(payment.id)).toEqual({ status: 'REFUNDED', refunded_krw: 30_000, refunding_krw: 0 });
    expect((await gatewayBalance(payment.id)).cancels).toHaveLength(3);
  });

  it('returns the first refund to a retry with the same key, also when the retries race', async () => {
    const payment = await approvedPayment(stack, owner, 30_000);
    const key = randomUUID();
    const results = await Promise.all([1, 2, 3].map(() => refund(payment.id, { key })));
    expect(new Set(results.map((result) => result.body.data?.refund?.id)).size).toBe(1);
    expect(results.map((result) => result.body.data?.refund?.amountKrw)).toEqual([30_000, 30_000, 30_000]);
    expect((await gatewayBalance(payment.id)).cancels).toHaveLength(1);
    expect(firstError(await refund(payment.id, { key, amount: 5_000 })).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('is refused for payments that took no money, and for malformed input, writing nothing', async () => {
    const eventId = await ownedEvent(stack, owner);
    const declined = (await pay(stack, owner, eventId, { amountKrw: 20_402 })).body.data.createPayment;
    expect(firstError(await refund(declined.id))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'DECLINED' } });
    const payment = await approvedPayment(stack, owner, 30_000);
    for (const [variables, field] of [[{ amount: 0 }, 'amountKrw'], [{ reason: 'x'.repeat(201) }, 'reason'], [{ reason: '   ' }, 'reason'], [{ key: 'short' }, 'idempotencyKey']] as const) {
      expect(firstError(await refund(payment.id, variables)).extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(firstError(await refund(payment.id, { amount: 1.5 })).code).toBe('BAD_USER_INPUT');
    expect(await stack.sql('select 1 from billing.refund where payment_id in (?, ?)', [declined.id, payment.id])).toEqual([]);
  });

  it('is for the payment\'s owner and admins', async () => {
    const payment = await approvedPayment(stack, owner, 30_000);
    expect(firstError(await refund(payment.id, {}, await stack.actor('OWNER'))).code).toBe('NOT_FOUND');
    expect(firstError(await refund(payment.id, {}, await stack.actor('CUSTOMER'))).code).toBe('FORBIDDEN');
    expect((await refund(payment.id, { amount: 1_000 }, admin)).body.data.refund.status).toBe('COMPLETED');
  });

  it('ends PENDING when the gateway answers late, and reconciliation resends it under the same key: refunded once', async () => {
    const payment = await approvedPayment(stack, owner, 30_000);
    stack.simulators.paymentGateway.answerDelayMs = 2_000;
    let pending;
    try {
      pending = (await refund(payment.id, { amount: 7_000 })).body.data.refund;
    } finally {
      stack.simulators.paymentGateway.answerDelayMs = 0;
    }
    expect(pending).toMatchObject({ status: 'PENDING', payment: { status: 'APPROVED', refundableKrw: 23_000 } });
    await eventually(async () => ((await stack.sql<{ status: string }>('select status from billing.refund where id = ?', [pending.id]))[0]!.status === 'COMPLETED' ? true : undefined));
    expect(await paymentRow(payment.id)).toEqual({ status: 'PARTIALLY_REFUNDED', refunded_krw: 7_000, refunding_krw: 0 });
    expect((await gatewayBalance(payment.id))).toMatchObject({ balanceAmount: 23_000, cancels: [expect.objectContaining({ cancelAmount: 7_000 })] });
  });

  it('ends PENDING when the gateway fails, and reconciliation sends it again until it is made', async () => {
    const payment = await approvedPayment(stack, owner, 30_000);
    stack.simulators.faults.set('payment-gateway', { failNext: 2 });
    const pending = (await refund(payment.id, { amount: 4_000 })).body.data.refund;
    expect(pending.status).toBe('PENDING');
    await eventually(async () => ((await stack.sql<{ status: string }>('select status from billing.refund where id = ?', [pending.id]))[0]!.status === 'COMPLETED' ? true : undefined));
    expect((await gatewayBalance(payment.id)).cancels).toHaveLength(1);
  });
});
