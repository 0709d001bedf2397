import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, createResiliencePolicy, isShortCircuit, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import { DEMO_LINE_NUMBERS, KOS_PRODUCTS, startSimulators, type SimulatorServer } from '@attendgate/simulators';
import { createKos, KOS } from '../src/adapters/kos.ts';
import { createPaymentGateway, PAYMENT_GATEWAY } from '../src/adapters/paymentGateway.ts';
import { kstMonthOf, shiftMonth } from '../src/domain/calendar.ts';

const logger = createLogger({ service: 'test', level: 'silent' });
let simulators: SimulatorServer;
beforeAll(async () => {
  simulators = await startSimulators();
});
afterAll(async () => simulators?.close());
beforeEach(() => simulators.reset());

function policy(name: string, overrides: Partial<Parameters<typeof createResiliencePolicy>[0]> = {}): ResiliencePolicy {
  return createResiliencePolicy({ name, timeoutMs: 300, retries: 0, retryDelayMs: 0, breakerThreshold: 0.5, breakerWindow: 10, breakerMinimumCalls: 10, breakerHalfOpenAfterMs: 60_000, ...overrides }, logger);
}
const kos = (shared?: ResiliencePolicy) => createKos({ baseUrl: simulators.urlOf('kos'), apiKey: 'test-key', policy: shared ?? policy(KOS) });
const gateway = () => createPaymentGateway({ baseUrl: simulators.urlOf('payment-gateway'), secretKey: 'test_sk_adapter', policy: policy(PAYMENT_GATEWAY) });
const lastMonth = () => shiftMonth(kstMonthOf(new Date()), -1);

describe('the KOS adapter', () => {
  it('maps a subscriber, a bill, bill summaries and the catalogue to billing\'s shapes', async () => {
    const client = kos();
    expect(await client.subscription(DEMO_LINE_NUMBERS.contract)).toMatchObject({ status: 'ACTIVE', productCode: '5G_PREMIUM_UNLIMITED', deviceNetwork: 'FIVE_G', contractEndsOn: expect.stringMatching(/^\d{4}-\d{2}-28$/), overdueKrw: 0 });
    const bill = (await client.bill(DEMO_LINE_NUMBERS.customer, lastMonth()))!;
    expect(bill).toMatchObject({ month: lastMonth(), dueDate: `${lastMonth()}-25`, paymentStatus: 'PAID', usageFrom: `${shiftMonth(lastMonth(), -1)}-01` });
    expect(bill.items[0]).toEqual({ code: 'BASE_FEE', name: expect.any(String), amountKrw: 33_000 });
    const summaries = (await client.billSummaries(DEMO_LINE_NUMBERS.customer, shiftMonth(lastMonth(), -1), lastMonth()))!;
    expect(summaries.map((summary) => summary.month)).toEqual([lastMonth(), shiftMonth(lastMonth(), -1)]);
    const products = await client.products();
    expect(products).toHaveLength(KOS_PRODUCTS.length);
    expect(products.find((product) => product.code === '5G_PREMIUM_UNLIMITED')).toMatchObject({ network: 'FIVE_G', dataMb: null, onSale: true });
    expect(simulators.requests('kos')[0]).toMatchObject({ method: 'GET', path: `/api/v1/subscribers/${DEMO_LINE_NUMBERS.contract}` });
  });

  it('answers null for what KOS does not have', async () => {
    const client = kos();
    expect(await client.subscription(DEMO_LINE_NUMBERS.unknown)).toBeNull();
    expect(await client.bill(DEMO_LINE_NUMBERS.customer, shiftMonth(kstMonthOf(new Date()), -30))).toBeNull();
    expect(await client.billSummaries(DEMO_LINE_NUMBERS.unknown, lastMonth(), lastMonth())).toBeNull();
    expect(await client.productChangeOrder('never-sent')).toBeNull();
  });

  it('reports a completed order, a rejection with KOS\'s code, and a repeated request id as what became of the first', async () => {
    const client = kos();
    const done = await client.submitProductChange('req-ok', DEMO_LINE_NUMBERS.customer, 'LTE_UNLIMITED');
    expect(done).toMatchObject({ kind: 'completed', kosReference: expect.stringMatching(/^KOS/) });
    expect(await client.submitProductChange('req-ok', DEMO_LINE_NUMBERS.customer, 'LTE_DATA_7G')).toEqual(done);
    expect(await client.productChangeOrder('req-ok')).toEqual(done);
    expect(await client.submitProductChange('req-no', DEMO_LINE_NUMBERS.overdue, 'LTE_UNLIMITED')).toEqual({ kind: 'rejected', code: 'E3002', message: expect.stringContaining('미납') });
    expect(await client.productChangeOrder('req-no')).toMatchObject({ kind: 'rejected', code: 'E3002' });
  });

  it('fails with an UpstreamError when KOS answers 5xx, gives up at the timeout, and stops calling once the circuit opens', async () => {
    simulators.kos.orderFaults.failNext = 1;
    const error = await kos().submitProductChange('req-503', DEMO_LINE_NUMBERS.customer, 'LTE_UNLIMITED').catch((e: unknown) => e);
    expect(error).toMatchObject({ constructor: UpstreamError, status: 503, transient: true });

    simulators.faults.set('kos', { hang: true });
    const started = Date.now();
    await expect(kos().subscription(DEMO_LINE_NUMBERS.customer)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2_000);

    simulators.faults.set('kos', { down: true });
    const shared = policy(KOS, { breakerWindow: 2, breakerMinimumCalls: 2 });
    const client = kos(shared);
    await client.subscription(DEMO_LINE_NUMBERS.customer).catch(() => {});
    await client.subscription(DEMO_LINE_NUMBERS.customer).catch(() => {});
    expect(client.breakerState).toBe('open');
    simulators.clearRequests('kos');
    expect(isShortCircuit(await client.subscription(DEMO_LINE_NUMBERS.customer).catch((e: unknown) => e))).toBe(true);
    expect(simulators.requests('kos')).toEqual([]);
  });
});

describe('the payment gateway adapter', () => {
  it('approves, declines with the reason, and looks payments up by order id', async () => {
    const client = gateway();
    const approved = await client.pay({ orderId: 'order-approved', orderName: '유료 채널 배포', amountKrw: 33_000, method: 'BANK_TRANSFER' });
    expect(approved).toMatchObject({ kind: 'approved', paymentKey: expect.stringMatching(/^pk_/), approvalNumber: expect.any(String) });
    expect(simulators.paymentGateway.payments()[0]).toMatchObject({ method: 'TRANSFER', totalAmount: 33_000 });
    expect(await client.paymentByOrderId('order-approved')).toEqual(approved);
    expect(await client.pay({ orderId: 'order-declined', orderName: 'x', amountKrw: 40_404, method: 'CARD' })).toEqual({ kind: 'declined', code: 'EXPIRED_CARD', message: expect.any(String) });
    expect(await client.paymentByOrderId('order-declined')).toMatchObject({ kind: 'declined', code: 'EXPIRED_CARD' });
    expect(await client.paymentByOrderId('order-missing')).toBeNull();
  });

  it('sends the order id as idempotency key, so a resent payment is charged once', async () => {
    const client = gateway();
    const request = { orderId: 'order-twice', orderName: 'x', amountKrw: 10_000, method: 'CARD' as const };
    expect(await client.pay(request)).toEqual(await client.pay(request));
    expect(simulators.paymentGateway.payments()).toHaveLength(1);
  });

  it('refunds under an idempotency key, and reports refusals as values', async () => {
    const client = gateway();
    const paid = await client.pay({ orderId: 'order-refund', orderName: 'x', amountKrw: 20_000, method: 'CARD' });
    if (paid.kind !== 'approved') throw new Error('not approved');
    const refund = { paymentKey: paid.paymentKey, amountKrw: 5_000, reason: '부분 환불', idempotencyKey: 'refund-1' };
    const first = await client.refund(refund);
    expect(first).toMatchObject({ kind: 'refunded', transactionKey: expect.stringMatching(/^tk_/) });
    expect(await client.refund(refund)).toEqual(first);
    expect(await client.refund({ ...refund, amountKrw: 15_001, idempotencyKey: 'refund-2' })).toEqual({ kind: 'refused', code: 'NOT_CANCELABLE_AMOUNT', message: expect.any(String) });
    expect(simulators.paymentGateway.payments()[0]).toMatchObject({ balanceAmount: 15_000 });
  });
});
