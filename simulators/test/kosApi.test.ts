import { describe, expect, it } from 'vitest';
import { DEMO_LINE_NUMBERS, KOS_PRODUCTS, type SimulatorServer } from '../src/index.ts';
import { admin, useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();

async function kos(server: SimulatorServer, method: string, path: string, body?: unknown, apiKey: string | null = 'test-key') {
  const response = await fetch(`${server.urlOf('kos')}${path}`, {
    method,
    headers: { ...(apiKey ? { 'x-api-key': apiKey } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { resultCode: string; resultMessage: string; data?: any } };
}

/** `YYYYMM` of this month in Korean time, as KOS counts months. */
function thisKstMonth(): string {
  const kst = new Date(Date.now() + 9 * 3600_000);
  return `${kst.getUTCFullYear()}${String(kst.getUTCMonth() + 1).padStart(2, '0')}`;
}

function monthsBack(yearMonth: string, months: number): string {
  const index = Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(4)) - 1 - months;
  return `${Math.floor(index / 12)}${String((index % 12) + 1).padStart(2, '0')}`;
}

const change = (extReqId: string, svcNo: string, prodCd: string) => ({ extReqId, svcNo, prodCd });

describe('KOS subscribers and bills', () => {
  it('refuses calls without an API key', async () => {
    const { status, body } = await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}`, undefined, null);
    expect(status).toBe(401);
    expect(body.resultCode).toBe('E0401');
  });

  it('knows the demo lines, answers any other mobile number by its rule, and not numbers ending in 0000', async () => {
    const demo = await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}`);
    expect(demo).toMatchObject({ status: 200, body: { resultCode: '0000', data: { svcNo: DEMO_LINE_NUMBERS.customer, svcStatus: 'ACTIVE', prodCd: 'LTE_DATA_11G', prodNm: expect.any(String) } } });
    const other = await kos(current(), 'GET', '/api/v1/subscribers/01055551234');
    expect(other.body.data).toMatchObject({ svcNo: '01055551234', svcContId: expect.stringMatching(/^SC\d{10}$/) });
    expect((await kos(current(), 'GET', '/api/v1/subscribers/01055551234')).body.data).toEqual(other.body.data);
    expect(await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.unknown}`)).toMatchObject({ status: 404, body: { resultCode: 'E1001' } });
    expect(await kos(current(), 'GET', '/api/v1/subscribers/0101234')).toMatchObject({ status: 400, body: { resultCode: 'E0400' } });
  });

  it('serves a month\'s bill with items, discounts, total, due date and payment status', async () => {
    const lastMonth = monthsBack(thisKstMonth(), 1);
    const { status, body } = await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}/bills/${lastMonth}`);
    expect(status).toBe(200);
    const bill = body.data;
    expect(bill).toMatchObject({ billYm: lastMonth, dueDt: `${lastMonth}25`, payStatus: 'PAID', paidDt: `${lastMonth}25` });
    expect(bill.items[0]).toMatchObject({ code: 'BASE_FEE', amt: 33_000 });
    expect(bill.discounts).toEqual([expect.objectContaining({ code: 'FAMILY_BUNDLE', amt: 5_500 })]);
    const sum = (lines: { amt: number }[]) => lines.reduce((total, line) => total + line.amt, 0);
    expect(bill.totalAmt).toBe(sum(bill.items) - sum(bill.discounts));
  });

  it('has no bill for a month before the line opened or in the future', async () => {
    const future = monthsBack(thisKstMonth(), -1);
    expect(await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}/bills/${future}`)).toMatchObject({ status: 404, body: { resultCode: 'E2001' } });
    const beforeOpening = monthsBack(thisKstMonth(), 30);
    expect((await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}/bills/${beforeOpening}`)).status).toBe(404);
    expect((await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}/bills/2026-11`)).status).toBe(400);
  });

  it('marks last month OVERDUE for a line with an overdue balance', async () => {
    const lastMonth = monthsBack(thisKstMonth(), 1);
    const { body } = await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.overdue}/bills/${lastMonth}`);
    expect(body.data).toMatchObject({ payStatus: 'OVERDUE', paidDt: null });
  });

  it('lists bill summaries newest first, at most 24 months per call', async () => {
    const to = thisKstMonth();
    const from = monthsBack(to, 5);
    const { body } = await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}/bills?fromYm=${from}&toYm=${to}`);
    expect(body.data.bills.map((bill: { billYm: string }) => bill.billYm)).toEqual([0, 1, 2, 3, 4, 5].map((back) => monthsBack(to, back)));
    expect(body.data.bills[0]).toEqual({ billYm: to, totalAmt: expect.any(Number), dueDt: `${to}25`, payStatus: expect.stringMatching(/^(PAID|UNPAID)$/), paidDt: body.data.bills[0].payStatus === 'PAID' ? `${to}25` : null });
    expect((await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}/bills?fromYm=${monthsBack(to, 24)}&toYm=${to}`)).status).toBe(400);
  });

  it('pages through the product catalogue', async () => {
    const first = await kos(current(), 'GET', '/api/v1/products?page=1&size=5');
    const second = await kos(current(), 'GET', '/api/v1/products?page=2&size=5');
    expect(first.body.data).toMatchObject({ totalCount: KOS_PRODUCTS.length, page: 1, size: 5 });
    expect([...first.body.data.products, ...second.body.data.products]).toEqual(KOS_PRODUCTS);
    expect((await kos(current(), 'GET', '/api/v1/products?size=51')).status).toBe(400);
  });
});

describe('KOS product changes', () => {
  it('applies a change, reports the new plan and finds the order by the caller\'s request id', async () => {
    const submitted = await kos(current(), 'POST', '/api/v1/orders/product-change', change('req-1', DEMO_LINE_NUMBERS.customer, 'LTE_UNLIMITED'));
    expect(submitted).toMatchObject({ status: 200, body: { resultCode: '0000', data: { status: 'COMPLETED', orderNo: expect.stringMatching(/^KOS\d{14}$/), fromProdCd: 'LTE_DATA_11G', toProdCd: 'LTE_UNLIMITED' } } });
    expect((await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}`)).body.data).toMatchObject({ prodCd: 'LTE_UNLIMITED', prodStartYm: thisKstMonth() });
    expect((await kos(current(), 'GET', '/api/v1/orders/product-change/req-1')).body.data).toEqual(submitted.body.data);
    expect(await kos(current(), 'GET', '/api/v1/orders/product-change/never-sent')).toMatchObject({ status: 404, body: { resultCode: 'E4004' } });
  });

  it('refuses a second order with the same request id and applies nothing more', async () => {
    await kos(current(), 'POST', '/api/v1/orders/product-change', change('req-2', DEMO_LINE_NUMBERS.customer, 'LTE_DATA_7G'));
    const again = await kos(current(), 'POST', '/api/v1/orders/product-change', change('req-2', DEMO_LINE_NUMBERS.customer, 'LTE_UNLIMITED'));
    expect(again).toMatchObject({ status: 409, body: { resultCode: 'E3009', data: { toProdCd: 'LTE_DATA_7G' } } });
    expect(current().kos.appliedOrders(DEMO_LINE_NUMBERS.customer)).toHaveLength(1);
  });

  it('rejects changes its business rules forbid, each with its code, and records the rejection', async () => {
    const cases: [string, string, string][] = [
      [DEMO_LINE_NUMBERS.customer, 'LTE_DATA_11G', 'E3001'],
      [DEMO_LINE_NUMBERS.overdue, 'LTE_DATA_11G', 'E3002'],
      [DEMO_LINE_NUMBERS.contract, 'LTE_DATA_7G', 'E3003'],
      [DEMO_LINE_NUMBERS.customer, 'LTE_SILVER_2G', 'E3004'],
      [DEMO_LINE_NUMBERS.suspended, 'LTE_DATA_11G', 'E3005'],
      [DEMO_LINE_NUMBERS.lteHandset, '5G_SLIM_10G', 'E3007'],
    ];
    for (const [index, [svcNo, prodCd, code]] of cases.entries()) {
      const { status, body } = await kos(current(), 'POST', '/api/v1/orders/product-change', change(`rule-${index}`, svcNo, prodCd));
      expect([status, body.resultCode], `${svcNo} → ${prodCd}`).toEqual([422, code]);
      expect((await kos(current(), 'GET', `/api/v1/orders/product-change/rule-${index}`)).body.data).toMatchObject({ status: 'REJECTED', rejectCode: code, orderNo: null });
    }
    expect(current().kos.appliedOrders()).toEqual([]);
  });

  it('rejects orders of a blocked line with E3006, set through the admin API', async () => {
    expect((await admin(current(), 'PUT', `/kos/subscribers/${DEMO_LINE_NUMBERS.orderBlocked}/order-block`, { message: '분실 정지 조사 중' })).status).toBe(204);
    const { status, body } = await kos(current(), 'POST', '/api/v1/orders/product-change', change('blocked-1', DEMO_LINE_NUMBERS.orderBlocked, 'LTE_UNLIMITED'));
    expect([status, body.resultCode, body.resultMessage]).toEqual([422, 'E3006', '분실 정지 조사 중']);
  });

  it('can apply a change and answer late, so callers time out on a change that did happen', async () => {
    await admin(current(), 'PUT', '/kos/settings', { answerDelayAfterApplyMs: 5_000 });
    const controller = new AbortController();
    const sent = fetch(`${current().urlOf('kos')}/api/v1/orders/product-change`, {
      method: 'POST', signal: controller.signal,
      headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify(change('late-1', DEMO_LINE_NUMBERS.customer, 'LTE_DATA_7G')),
    });
    setTimeout(() => controller.abort(), 200);
    await expect(sent).rejects.toThrow();
    expect((await kos(current(), 'GET', '/api/v1/orders/product-change/late-1')).body.data).toMatchObject({ status: 'COMPLETED' });
  });

  it('can fail or swallow the next orders while the inquiry side keeps answering', async () => {
    expect((await admin(current(), 'PUT', '/kos/settings', { failNextOrders: 1 })).body).toMatchObject({ failNextOrders: 1 });
    expect(await kos(current(), 'POST', '/api/v1/orders/product-change', change('down-1', DEMO_LINE_NUMBERS.customer, 'LTE_DATA_7G'))).toMatchObject({ status: 503, body: { resultCode: 'E5003' } });
    expect((await kos(current(), 'GET', `/api/v1/subscribers/${DEMO_LINE_NUMBERS.customer}`)).status).toBe(200);
    expect((await kos(current(), 'GET', '/api/v1/orders/product-change/down-1')).status).toBe(404);
    current().kos.orderFaults.hangNext = 1;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await expect(fetch(`${current().urlOf('kos')}/api/v1/orders/product-change`, {
      method: 'POST', signal: controller.signal, headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify(change('hung-1', DEMO_LINE_NUMBERS.customer, 'LTE_DATA_7G')),
    })).rejects.toThrow();
    expect((await kos(current(), 'GET', '/api/v1/orders/product-change/hung-1')).status).toBe(404);
    expect(current().kos.appliedOrders()).toEqual([]);
  });

  it('lets the admin API override a subscriber and refuses malformed input', async () => {
    expect((await admin(current(), 'PUT', '/kos/subscribers/01055550001', { svcStatus: 'SUSPENDED' })).body).toMatchObject({ svcNo: '01055550001', svcStatus: 'SUSPENDED' });
    expect((await kos(current(), 'GET', '/api/v1/subscribers/01055550001')).body.data.svcStatus).toBe('SUSPENDED');
    expect((await admin(current(), 'PUT', '/kos/subscribers/0105555', { svcStatus: 'SUSPENDED' })).status).toBe(400);
    expect((await admin(current(), 'PUT', '/kos/settings', { answerDelayAfterApplyMs: -1 })).status).toBe(400);
    expect((await kos(current(), 'POST', '/api/v1/orders/product-change', { svcNo: DEMO_LINE_NUMBERS.customer })).status).toBe(400);
  });
});
