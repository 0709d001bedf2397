import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LINE_NUMBERS, type Subscriber } from '@attendgate/simulators';
import { eventually, firstError, freshLineNumber, registerLine, startBillingStack, type Actor, type BillingStack } from './support/stack.ts';

let stack: BillingStack;
let operator: Actor;
let customer: Actor;
let completedEvents: () => Promise<any[]>;
const demoLines: Record<string, string> = {};
beforeAll(async () => {
  stack = await startBillingStack();
  [operator, customer] = await Promise.all([stack.actor('OPERATOR'), stack.actor('CUSTOMER')]);
  const read = await stack.listenTo(['ProductChangeCompleted']);
  completedEvents = () => read('ProductChangeCompleted');
  for (const [name, number] of Object.entries(DEMO_LINE_NUMBERS)) {
    if (name !== 'unknown') demoLines[name] = await registerLine(stack, operator, customer, number);
  }
});
afterAll(async () => stack?.stop());

const PRECHECK = `query($lineId: ID!, $code: String!) { precheckProductChange(lineId: $lineId, productCode: $code) {
  eligible reasons { code message } currentProduct { code } targetProduct { code onSale } line { id } } }`;
const REQUEST = `mutation($lineId: ID!, $code: String!, $key: String!) { requestProductChange(lineId: $lineId, productCode: $code, idempotencyKey: $key) {
  id status fromProductCode toProductCode kosReference failureCode failureMessage completedAt line { id } requestedBy { id } } }`;
const CURRENT = 'query($lineId: ID!) { currentProduct(lineId: $lineId) { productCode product { code name } since lineStatus stale } }';
const HISTORY = 'query($lineId: ID!) { productChangeHistory(lineId: $lineId) { totalCount nodes { id status toProductCode } } }';

/** A line in a known state at KOS: active, 5G handset, no contract, nothing overdue, on `prodCd`. */
async function cleanLine(prodCd = 'LTE_DATA_7G', fields: Partial<Subscriber> = {}) {
  const number = freshLineNumber();
  stack.simulators.kos.setSubscriber(number, { prodCd, deviceNetwork: '5G', contractEndDt: null, overdueAmt: 0, svcStatus: 'ACTIVE', ...fields });
  return { number, id: await registerLine(stack, operator, customer, number) };
}

const precheck = (lineId: string, code: string, actor: Actor = customer) => stack.graphql({ query: PRECHECK, variables: { lineId, code }, token: actor.token });
const request = (lineId: string, code: string, key: string = randomUUID(), actor: Actor = customer) => stack.graphql({ query: REQUEST, variables: { lineId, code, key }, token: actor.token });
const orderPosts = (requestId?: string) => stack.simulators.requests('kos').filter((entry) => entry.method === 'POST' && (!requestId || (entry.body as { extReqId?: string }).extReqId === requestId));
const requestsOf = (lineId: string) => stack.sql<{ id: string; status: string }>('select id, status from billing.product_change_request where line_id = ?', [lineId]);
const statusOf = async (id: string) => (await stack.sql<{ status: string }>('select status from billing.product_change_request where id = ?', [id]))[0]?.status;

describe('the pre-check', () => {
  it('allows an eligible change and names both plans', async () => {
    const line = await cleanLine();
    expect((await precheck(line.id, 'LTE_UNLIMITED')).body.data.precheckProductChange).toEqual({
      eligible: true, reasons: [], currentProduct: { code: 'LTE_DATA_7G' }, targetProduct: { code: 'LTE_UNLIMITED', onSale: true }, line: { id: line.id },
    });
  });

  it.each([
    ['suspended', 'LTE_DATA_11G', 'LINE_NOT_ACTIVE'],
    ['customer', 'LTE_DATA_11G', 'SAME_PRODUCT'],
    ['overdue', 'LTE_DATA_11G', 'OVERDUE_BALANCE'],
    ['contract', 'LTE_DATA_7G', 'CONTRACT_RESTRICTION'],
    ['customer', 'LTE_SILVER_2G', 'PRODUCT_UNAVAILABLE'],
    ['customer', 'NO_SUCH_PLAN', 'PRODUCT_UNAVAILABLE'],
    ['lteHandset', '5G_SLIM_10G', 'DEVICE_NOT_SUPPORTED'],
  ])('refuses the %s line changing to %s with %s, and so does the request, which records nothing', async (name, code, reason) => {
    const result = (await precheck(demoLines[name]!, code)).body.data.precheckProductChange;
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([{ code: reason, message: expect.any(String) }]);
    const posts = orderPosts().length;
    const refused = await request(demoLines[name]!, code);
    expect(firstError(refused)).toMatchObject({ code: 'PRODUCT_CHANGE_NOT_ELIGIBLE', extensions: { reasons: [reason] } });
    expect(await requestsOf(demoLines[name]!)).toEqual([]);
    expect(orderPosts()).toHaveLength(posts);
  });

  it('lists every reason at once', async () => {
    const line = await cleanLine('LTE_DATA_7G', { overdueAmt: 12_000, deviceNetwork: 'LTE', svcStatus: 'SUSPENDED' });
    const result = (await precheck(line.id, '5G_SLIM_10G')).body.data.precheckProductChange;
    expect(result.reasons.map((entry: { code: string }) => entry.code)).toEqual(['LINE_NOT_ACTIVE', 'OVERDUE_BALANCE', 'DEVICE_NOT_SUPPORTED']);
  });

  it('reports a change already in progress', async () => {
    const line = await cleanLine();
    await stack.sql(`insert into billing.product_change_request (id, line_id, user_id, requested_by, idempotency_key, from_product_code, to_product_code, status, requested_at, updated_at)
      values (?, ?, ?, ?, 'earlier-change-1', 'LTE_DATA_7G', 'LTE_UNLIMITED', 'PENDING', now(), now())`, [randomUUID(), line.id, customer.userId, customer.userId]);
    expect((await precheck(line.id, 'LTE_DATA_11G')).body.data.precheckProductChange.reasons).toEqual([{ code: 'CHANGE_IN_PROGRESS', message: expect.any(String) }]);
  });

  it('is UPSTREAM_UNAVAILABLE when KOS cannot be asked', async () => {
    const line = await cleanLine();
    stack.simulators.faults.set('kos', { failNext: 1 });
    expect(firstError(await precheck(line.id, 'LTE_UNLIMITED')).code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('a plan change', () => {
  it('completes at KOS, changes the current plan, is listed, and announces ProductChangeCompleted once', async () => {
    const line = await cleanLine();
    const result = (await request(line.id, 'LTE_UNLIMITED')).body.data.requestProductChange;
    expect(result).toMatchObject({ status: 'COMPLETED', fromProductCode: 'LTE_DATA_7G', toProductCode: 'LTE_UNLIMITED', kosReference: expect.stringMatching(/^KOS\d{14}$/), failureCode: null, line: { id: line.id }, requestedBy: { id: customer.userId } });
    expect((await stack.graphql({ query: CURRENT, variables: { lineId: line.id }, token: customer.token })).body.data.currentProduct).toMatchObject({ productCode: 'LTE_UNLIMITED', product: { code: 'LTE_UNLIMITED' }, stale: false });
    expect((await stack.graphql({ query: HISTORY, variables: { lineId: line.id }, token: customer.token })).body.data.productChangeHistory).toMatchObject({ totalCount: 1, nodes: [{ id: result.id, status: 'COMPLETED' }] });
    const events = await eventually(async () => {
      const mine = (await completedEvents()).filter((event) => event.data.requestId === result.id);
      return mine.length ? mine : undefined;
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'ProductChangeCompleted', source: 'billing', data: { lineId: line.id, userId: customer.userId, fromProductCode: 'LTE_DATA_7G', toProductCode: 'LTE_UNLIMITED', kosReference: result.kosReference } });
  });

  it('fails with KOS\'s reason when KOS rejects it, and announces nothing', async () => {
    stack.simulators.kos.blockOrders(DEMO_LINE_NUMBERS.orderBlocked, '명의도용 조사 중인 회선입니다.');
    const result = (await request(demoLines.orderBlocked!, 'LTE_UNLIMITED')).body.data.requestProductChange;
    expect(result).toMatchObject({ status: 'FAILED', failureCode: 'E3006', failureMessage: '명의도용 조사 중인 회선입니다.', kosReference: null });
    expect((await completedEvents()).filter((event) => event.data.requestId === result.id)).toEqual([]);
  });

  it('ends PENDING when KOS applies it but answers after the timeout, and reconciliation completes it without resending', async () => {
    const line = await cleanLine();
    stack.simulators.kos.answerDelayAfterApplyMs = 3_000;
    let result;
    try {
      result = (await request(line.id, 'LTE_DATA_11G')).body.data.requestProductChange;
    } finally {
      stack.simulators.kos.answerDelayAfterApplyMs = 0;
    }
    expect(result.status).toBe('PENDING');
    expect(await eventually(async () => ((await statusOf(result.id)) === 'COMPLETED' ? true : undefined))).toBe(true);
    const after = (await stack.graphql({ query: HISTORY, variables: { lineId: line.id }, token: customer.token })).body.data.productChangeHistory.nodes[0];
    expect(after).toMatchObject({ id: result.id, status: 'COMPLETED' });
    expect(orderPosts(result.id)).toHaveLength(1);
    expect(stack.simulators.kos.appliedOrders(line.number)).toHaveLength(1);
    expect(await eventually(async () => ((await completedEvents()).some((event) => event.data.requestId === result.id) ? true : undefined))).toBe(true);
    expect((await completedEvents()).filter((event) => event.data.requestId === result.id)).toHaveLength(1);
  });

  it('ends PENDING when KOS\'s order desk fails, and reconciliation marks it FAILED once KOS has no record of it', async () => {
    const line = await cleanLine();
    stack.simulators.kos.orderFaults.failNext = 1;
    const result = (await request(line.id, 'LTE_DATA_11G')).body.data.requestProductChange;
    expect(result.status).toBe('PENDING');
    expect(await eventually(async () => ((await statusOf(result.id)) === 'FAILED' ? true : undefined))).toBe(true);
    const [row] = await stack.sql<{ failure_code: string }>('select failure_code from billing.product_change_request where id = ?', [result.id]);
    expect(row!.failure_code).toBe('NOT_RECEIVED');
    expect(orderPosts(result.id)).toHaveLength(1);
    expect(stack.simulators.kos.appliedOrders(line.number)).toEqual([]);
    // The line is free again: a new request (new key) goes through.
    expect((await request(line.id, 'LTE_DATA_11G')).body.data.requestProductChange.status).toBe('COMPLETED');
  });

  it('returns the first request to a retry with the same key, and refuses the key for a different change', async () => {
    const line = await cleanLine();
    const key = randomUUID();
    const first = (await request(line.id, 'LTE_UNLIMITED', key)).body.data.requestProductChange;
    const again = (await request(line.id, 'LTE_UNLIMITED', key)).body.data.requestProductChange;
    expect(again).toEqual(first);
    expect(orderPosts(first.id)).toHaveLength(1);
    expect(firstError(await request(line.id, 'LTE_DATA_11G', key))).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', extensions: { field: 'idempotencyKey' } });
    expect(await requestsOf(line.id)).toHaveLength(1);
  });

  it('makes one request of concurrent duplicates: one row, one KOS order, the same request for all', async () => {
    const line = await cleanLine();
    const key = randomUUID();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => request(line.id, 'LTE_UNLIMITED', key)));
    const answers = results.map((result) => result.body.data?.requestProductChange);
    expect(results.map((result) => result.body.errors?.[0]?.extensions)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(new Set(answers.map((answer) => answer.id)).size).toBe(1);
    // A duplicate that arrives while the first is still at KOS sees it in progress (REQUESTED); none sees
    // anything else, and the request itself completes once.
    for (const answer of answers) expect(['REQUESTED', 'COMPLETED']).toContain(answer.status);
    expect(answers.some((answer) => answer.status === 'COMPLETED')).toBe(true);
    expect(await requestsOf(line.id)).toHaveLength(1);
    expect(stack.simulators.kos.appliedOrders(line.number)).toHaveLength(1);
  });

  it('lets one of concurrent different changes of a line through; the others are refused as in progress', async () => {
    const line = await cleanLine();
    stack.simulators.kos.answerDelayAfterApplyMs = 200;
    let results;
    try {
      results = await Promise.all(['LTE_UNLIMITED', 'LTE_DATA_11G', '5G_SLIM_10G'].map((code) => request(line.id, code)));
    } finally {
      stack.simulators.kos.answerDelayAfterApplyMs = 0;
    }
    expect(results.filter((result) => result.body.data?.requestProductChange).length).toBe(1);
    for (const refused of results.filter((result) => !result.body.data?.requestProductChange)) {
      expect(firstError(refused)).toMatchObject({ code: 'PRODUCT_CHANGE_NOT_ELIGIBLE', extensions: { reasons: ['CHANGE_IN_PROGRESS'] } });
    }
    expect(stack.simulators.kos.appliedOrders(line.number)).toHaveLength(1);
  });

  it('is for the line\'s user only, and refuses malformed input writing nothing', async () => {
    const line = await cleanLine();
    expect(firstError(await request(line.id, 'LTE_UNLIMITED', randomUUID(), operator)).code).toBe('FORBIDDEN');
    expect(firstError(await request(line.id, 'LTE_UNLIMITED', randomUUID(), await stack.actor('CUSTOMER'))).code).toBe('NOT_FOUND');
    expect(firstError(await request(line.id, 'LTE_UNLIMITED', 'short')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(firstError(await request(line.id, 'LTE UNLIMITED!')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'productCode' });
    expect(await requestsOf(line.id)).toEqual([]);
  });
});
