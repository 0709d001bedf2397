import { describe, expect, it } from 'vitest';
import { type SimulatorServer } from '../src/index.ts';
import { admin, useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();
const SECRET = `Basic ${Buffer.from('test_sk_attendgate:').toString('base64')}`;

async function pg(server: SimulatorServer, method: string, path: string, options: { body?: unknown; key?: string; auth?: string | null } = {}) {
  const response = await fetch(`${server.urlOf('payment-gateway')}${path}`, {
    method,
    headers: {
      ...(options.auth === null ? {} : { authorization: options.auth ?? SECRET }),
      ...(options.key ? { 'idempotency-key': options.key } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: options.body === undefined ? null : JSON.stringify(options.body),
  });
  return { status: response.status, replayed: response.headers.get('idempotent-replayed') === 'true', body: (await response.json()) as any };
}

const order = (orderId: string, amount: number) => ({ orderId, orderName: '유료 채널 배포', amount, method: 'CARD' });

describe('payment gateway', () => {
  it('refuses requests without a secret key of the documented shape', async () => {
    expect(await pg(current(), 'POST', '/v1/payments', { body: order('order-0001', 10_000), auth: null })).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED_KEY' } });
    expect((await pg(current(), 'POST', '/v1/payments', { body: order('order-0001', 10_000), auth: `Basic ${Buffer.from('nope:').toString('base64')}` })).status).toBe(401);
  });

  it('approves a payment and finds it by payment key and by order id', async () => {
    const paid = await pg(current(), 'POST', '/v1/payments', { body: order('order-0002', 33_000), key: 'k-2' });
    expect(paid).toMatchObject({ status: 200, body: { status: 'DONE', totalAmount: 33_000, balanceAmount: 33_000, paymentKey: expect.stringMatching(/^pk_/), approvedAt: expect.any(String) } });
    expect((await pg(current(), 'GET', `/v1/payments/${paid.body.paymentKey}`)).body).toEqual(paid.body);
    expect((await pg(current(), 'GET', '/v1/payments/orders/order-0002')).body).toEqual(paid.body);
    expect(await pg(current(), 'GET', '/v1/payments/orders/order-none')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND_PAYMENT' } });
  });

  it('declines the documented test amounts with a reason, and records the declined payment', async () => {
    const cases: [number, string][] = [[10_401, 'REJECT_CARD_COMPANY'], [20_402, 'INSUFFICIENT_BALANCE'], [30_403, 'EXCEED_DAILY_LIMIT'], [40_404, 'EXPIRED_CARD'], [50_000_001, 'EXCEED_MAX_AMOUNT']];
    for (const [index, [amount, code]] of cases.entries()) {
      const { status, body } = await pg(current(), 'POST', '/v1/payments', { body: order(`decline-${index}`, amount) });
      expect([status, body.code], String(amount)).toEqual([403, code]);
      expect((await pg(current(), 'GET', `/v1/payments/orders/decline-${index}`)).body).toMatchObject({ status: 'ABORTED', failure: { code } });
    }
  });

  it('declines the next payment on request through the admin API', async () => {
    expect((await admin(current(), 'POST', '/payment-gateway/decline-next', { code: 'EXPIRED_CARD' })).status).toBe(204);
    expect((await pg(current(), 'POST', '/v1/payments', { body: order('forced-001', 10_000) })).body.code).toBe('EXPIRED_CARD');
    expect((await pg(current(), 'POST', '/v1/payments', { body: order('forced-002', 10_000) })).status).toBe(200);
    expect((await admin(current(), 'POST', '/payment-gateway/decline-next', { code: 'NOPE' })).status).toBe(400);
  });

  it('replays the stored answer for a repeated idempotency key and charges once', async () => {
    const first = await pg(current(), 'POST', '/v1/payments', { body: order('order-0003', 15_000), key: 'k-3' });
    const again = await pg(current(), 'POST', '/v1/payments', { body: order('order-0003', 15_000), key: 'k-3' });
    expect(again).toMatchObject({ status: 200, replayed: true, body: first.body });
    expect(current().paymentGateway.payments()).toHaveLength(1);
    expect(await pg(current(), 'POST', '/v1/payments', { body: order('order-0003', 16_000), key: 'k-3' })).toMatchObject({ status: 422, body: { code: 'IDEMPOTENT_REQUEST_MISMATCH' } });
    expect(await pg(current(), 'POST', '/v1/payments', { body: order('order-0003', 15_000), key: 'k-other' })).toMatchObject({ status: 409, body: { code: 'DUPLICATED_ORDER_ID' } });
  });

  it('refunds in part and in full, never above what is left', async () => {
    const paid = (await pg(current(), 'POST', '/v1/payments', { body: order('order-0004', 30_000) })).body;
    const partial = await pg(current(), 'POST', `/v1/payments/${paid.paymentKey}/cancel`, { body: { cancelReason: '부분 환불', cancelAmount: 10_000 }, key: 'c-1' });
    expect(partial.body).toMatchObject({ status: 'PARTIAL_CANCELED', balanceAmount: 20_000, cancels: [{ cancelAmount: 10_000, transactionKey: expect.any(String) }] });
    expect(await pg(current(), 'POST', `/v1/payments/${paid.paymentKey}/cancel`, { body: { cancelReason: '초과', cancelAmount: 20_001 } })).toMatchObject({ status: 400, body: { code: 'NOT_CANCELABLE_AMOUNT' } });
    const replay = await pg(current(), 'POST', `/v1/payments/${paid.paymentKey}/cancel`, { body: { cancelReason: '부분 환불', cancelAmount: 10_000 }, key: 'c-1' });
    expect(replay).toMatchObject({ replayed: true, body: { balanceAmount: 20_000 } });
    const rest = await pg(current(), 'POST', `/v1/payments/${paid.paymentKey}/cancel`, { body: { cancelReason: '전액 환불' }, key: 'c-2' });
    expect(rest.body).toMatchObject({ status: 'CANCELED', balanceAmount: 0, cancels: [{ cancelAmount: 10_000 }, { cancelAmount: 20_000 }] });
    expect(await pg(current(), 'POST', `/v1/payments/${paid.paymentKey}/cancel`, { body: { cancelReason: '또' } })).toMatchObject({ status: 403, body: { code: 'NOT_CANCELABLE_PAYMENT' } });
  });

  it('refuses malformed payments', async () => {
    for (const body of [order('short', 10_000), order('order-0005', 99), order('order-0005', 10.5), { ...order('order-0005', 10_000), method: 'CASH' }, { ...order('order-0005', 10_000), orderName: '' }]) {
      expect((await pg(current(), 'POST', '/v1/payments', { body })).body.code, JSON.stringify(body)).toBe('INVALID_REQUEST');
    }
    expect(current().paymentGateway.payments()).toEqual([]);
  });
});
