import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kstMonthOf, shiftMonth } from '../src/domain/calendar.ts';
import { eventually, firstError, freshLineNumber, registerLine, startBillingStack, type Actor, type BillingStack } from './support/stack.ts';

// A bill stays fresh for 3 s here (1 hour by default), so the stale fallback can be reached in a test's time.
const FRESH_MS = 3_000;
let stack: BillingStack;
let operator: Actor;
let customer: Actor;
beforeAll(async () => {
  stack = await startBillingStack({ BILLING_BILL_CACHE_TTL_MS: String(FRESH_MS), BILLING_KOS_BREAKER_WINDOW: '4', BILLING_KOS_BREAKER_MINIMUM_CALLS: '4' });
  [operator, customer] = await Promise.all([stack.actor('OPERATOR'), stack.actor('CUSTOMER')]);
});
afterAll(async () => stack?.stop());

const thisMonth = () => kstMonthOf(new Date());
const BILL = `query($lineId: ID!, $month: String!) { bill(lineId: $lineId, month: $month) {
  month usageFrom usageTo productCode items { code name amountKrw } discounts { code name amountKrw } totalKrw dueDate paymentStatus paidOn
  fetchedAt stale cached line { id } } }`;
const HISTORY = 'query($lineId: ID!, $months: Int) { billHistory(lineId: $lineId, months: $months) { fromMonth toMonth bills { month totalKrw dueDate paymentStatus paidOn } stale cached } }';
const INQUIRIES = 'query($lineId: ID!) { billInquiries(lineId: $lineId, first: 50) { totalCount nodes { kind month months source requestedBy { id } requestedAt } } }';

async function newLine(owner: Actor = customer) {
  const number = freshLineNumber();
  return { number, id: await registerLine(stack, operator, owner, number) };
}

const kosBillRequests = (number: string) => stack.simulators.requests('kos').filter((request) => request.path.startsWith(`/api/v1/subscribers/${number}/bills`)).length;
const bill = (lineId: string, month: string, actor: Actor = customer) => stack.graphql({ query: BILL, variables: { lineId, month }, token: actor.token });

/** The inquiry history of a line as stored, oldest first. */
async function inquiriesOf(lineId: string) {
  return stack.sql<{ source: string; kind: string; month: string; requested_by: string }>('select source, kind, month, requested_by from billing.bill_inquiry where line_id = ? order by requested_at', [lineId]);
}

describe('a bill', () => {
  it('comes from KOS on a miss, with items, discounts, total, due date and payment status, then from the cache', async () => {
    const line = await newLine();
    const month = shiftMonth(thisMonth(), -1);
    const first = await bill(line.id, month);
    expect(first.body.errors).toBeUndefined();
    const answer = first.body.data.bill;
    expect(answer).toMatchObject({ month, dueDate: `${month}-25`, paymentStatus: 'PAID', paidOn: `${month}-25`, stale: false, cached: false, line: { id: line.id } });
    expect(answer.items[0]).toMatchObject({ code: 'BASE_FEE', name: expect.stringContaining('월정액') });
    const sum = (lines: { amountKrw: number }[]) => lines.reduce((total, entry) => total + entry.amountKrw, 0);
    expect(answer.totalKrw).toBe(sum(answer.items) - sum(answer.discounts));
    expect(kosBillRequests(line.number)).toBe(1);

    const second = (await bill(line.id, month)).body.data.bill;
    expect(second).toMatchObject({ ...answer, cached: true, stale: false });
    expect(kosBillRequests(line.number)).toBe(1);
  });

  it('is served from the cache while KOS is down and fresh; after that the last copy, marked stale', async () => {
    const line = await newLine();
    const month = shiftMonth(thisMonth(), -2);
    const original = (await bill(line.id, month)).body.data.bill;
    stack.simulators.faults.set('kos', { down: true });
    try {
      expect((await bill(line.id, month)).body.data.bill).toMatchObject({ stale: false, cached: true, totalKrw: original.totalKrw });
      const stale = await eventually(async () => {
        const answer = (await bill(line.id, month)).body.data?.bill;
        return answer?.stale ? answer : undefined;
      }, FRESH_MS * 4);
      expect(stale).toMatchObject({ stale: true, cached: true, totalKrw: original.totalKrw, fetchedAt: original.fetchedAt });
    } finally {
      stack.simulators.faults.clear('kos');
    }
    expect(await eventually(async () => {
      const answer = (await bill(line.id, month)).body.data?.bill;
      return answer && !answer.stale ? answer : undefined;
    })).toMatchObject({ stale: false, cached: false });
  });

  it('is UPSTREAM_UNAVAILABLE with a message a person can act on when KOS is down and nothing is cached', async () => {
    const line = await newLine();
    stack.simulators.faults.set('kos', { failNext: 1 });
    const result = await bill(line.id, shiftMonth(thisMonth(), -1));
    expect(firstError(result)).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', message: expect.stringMatching(/carrier.*try again/i) });
    expect(JSON.stringify(result.body)).not.toMatch(/127\.0\.0\.1|503|INJECTED/);
  });

  it('gives up on a KOS that does not answer after the timeout', async () => {
    const line = await newLine();
    stack.simulators.faults.set('kos', { hang: true });
    try {
      const started = Date.now();
      expect(firstError(await bill(line.id, shiftMonth(thisMonth(), -1))).code).toBe('UPSTREAM_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      stack.simulators.faults.clear('kos');
    }
  });

  it('refuses malformed, future and too old months without asking KOS', async () => {
    const line = await newLine();
    for (const month of ['2026/11', '2026-13', shiftMonth(thisMonth(), 1), shiftMonth(thisMonth(), -24)]) {
      const result = await bill(line.id, month);
      expect([firstError(result).code, firstError(result).extensions.field], month).toEqual(['BAD_USER_INPUT', 'month']);
    }
    expect(kosBillRequests(line.number)).toBe(0);
  });

  it('is NOT_FOUND for a month KOS issued no bill for (before the line opened)', async () => {
    const line = await newLine();
    stack.simulators.kos.setSubscriber(line.number, { activationDt: `${thisMonth().replace('-', '')}01` });
    expect(firstError(await bill(line.id, shiftMonth(thisMonth(), -1))).code).toBe('NOT_FOUND');
  });

  it('is shown to the line\'s user and staff only; other users get NOT_FOUND', async () => {
    const line = await newLine();
    const month = shiftMonth(thisMonth(), -1);
    expect((await bill(line.id, month, await stack.actor('OPERATOR'))).body.data.bill.month).toBe(month);
    expect(firstError(await bill(line.id, month, await stack.actor('CUSTOMER'))).code).toBe('NOT_FOUND');
    expect(firstError(await bill('not-an-id', month)).code).toBe('NOT_FOUND');
    expect(firstError(await stack.graphql({ query: BILL, variables: { lineId: line.id, month } })).code).toBe('UNAUTHENTICATED');
  });
});

describe('bill history', () => {
  it('lists the last months newest first from one KOS call, cached like a bill', async () => {
    const line = await newLine();
    const result = (await stack.graphql({ query: HISTORY, variables: { lineId: line.id, months: 3 }, token: customer.token })).body.data.billHistory;
    expect(result).toMatchObject({ fromMonth: shiftMonth(thisMonth(), -2), toMonth: thisMonth(), stale: false, cached: false });
    expect(result.bills.map((entry: { month: string }) => entry.month)).toEqual([0, -1, -2].map((back) => shiftMonth(thisMonth(), back)));
    const again = (await stack.graphql({ query: HISTORY, variables: { lineId: line.id, months: 3 }, token: customer.token })).body.data.billHistory;
    expect(again).toMatchObject({ cached: true, bills: result.bills });
    expect(kosBillRequests(line.number)).toBe(1);
  });

  it('covers 1 to 12 months', async () => {
    const line = await newLine();
    for (const months of [0, 13]) {
      expect(firstError(await stack.graphql({ query: HISTORY, variables: { lineId: line.id, months }, token: customer.token })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
    }
    expect((await stack.graphql({ query: HISTORY, variables: { lineId: line.id }, token: customer.token })).body.data.billHistory.bills).toHaveLength(6);
  });
});

describe('the inquiry history', () => {
  it('records every inquiry with how it was answered, including failures, and shows it to the line\'s user', async () => {
    const line = await newLine();
    const month = shiftMonth(thisMonth(), -1);
    await bill(line.id, month);
    await bill(line.id, month);
    stack.simulators.faults.set('kos', { failNext: 1 });
    await bill(line.id, shiftMonth(thisMonth(), -3));
    await stack.graphql({ query: HISTORY, variables: { lineId: line.id, months: 2 }, token: customer.token });
    const stored = await eventually(async () => {
      const rows = await inquiriesOf(line.id);
      return rows.length === 4 ? rows : undefined;
    });
    expect(stored.map((row) => [row.kind, row.source])).toEqual([['BILL', 'KOS'], ['BILL', 'CACHE'], ['BILL', 'UNAVAILABLE'], ['BILL_HISTORY', 'KOS']]);
    expect(new Set(stored.map((row) => row.requested_by))).toEqual(new Set([customer.userId]));

    const listed = (await stack.graphql({ query: INQUIRIES, variables: { lineId: line.id }, token: customer.token })).body.data.billInquiries;
    expect(listed.totalCount).toBe(4);
    expect(listed.nodes[0]).toMatchObject({ kind: 'BILL_HISTORY', months: 2, source: 'KOS', requestedBy: { id: customer.userId } });
    expect(firstError(await stack.graphql({ query: INQUIRIES, variables: { lineId: line.id }, token: (await stack.actor('CUSTOMER')).token })).code).toBe('NOT_FOUND');
  });

  it('never holds up the answer: with the history table locked, bills still answer and their records wait durably in the queue', async () => {
    const line = await newLine();
    const month = shiftMonth(thisMonth(), -1);
    const lock = await stack.subgraph.runtime.orm.em.fork();
    await lock.begin();
    try {
      await lock.execute('lock table billing.bill_inquiry in access exclusive mode');
      const started = Date.now();
      expect((await bill(line.id, month)).body.data.bill.month).toBe(month);
      expect((await bill(line.id, month)).body.data.bill.cached).toBe(true);
      expect(Date.now() - started).toBeLessThan(2_000);
      // The records exist in Postgres (the job table) although the history table cannot be written.
      const queued = await eventually(async () => {
        const rows = await stack.sql<{ n: string }>("select count(*)::text as n from pgboss.job where name = 'billing.record-bill-inquiry' and data->>'lineId' = ?", [line.id]);
        return Number(rows[0]!.n) === 2 ? true : undefined;
      }, 5_000);
      expect(queued).toBe(true);
    } finally {
      await lock.rollback();
    }
    expect(await eventually(async () => ((await inquiriesOf(line.id)).length === 2 ? true : undefined))).toBe(true);
  });
});

describe('when KOS keeps failing', () => {
  it('opens the circuit and stops calling KOS, answering from the stale copy or UPSTREAM_UNAVAILABLE', async () => {
    const cachedLine = await newLine();
    const month = shiftMonth(thisMonth(), -1);
    await bill(cachedLine.id, month);
    const lines = await Promise.all([1, 2, 3, 4].map(() => newLine()));
    stack.simulators.faults.set('kos', { down: true });
    for (const line of lines) expect(firstError(await bill(line.id, month)).code).toBe('UPSTREAM_UNAVAILABLE');
    await eventually(async () => {
      const response = await fetch(stack.subgraph.url.replace(/\/graphql$/, '/readyz'));
      return ((await response.json()) as { breakers?: Record<string, string> }).breakers?.kos === 'open' ? true : undefined;
    });
    stack.simulators.clearRequests('kos');
    const fresh = await newLineWhileOpen();
    expect(firstError(await bill(fresh, month)).code).toBe('UPSTREAM_UNAVAILABLE');
    const stale = await eventually(async () => {
      const answer = (await bill(cachedLine.id, month)).body.data?.bill;
      return answer?.stale ? answer : undefined;
    }, FRESH_MS * 4);
    expect(stale.stale).toBe(true);
    expect(stack.simulators.requests('kos')).toEqual([]);
  });
});

/** A line registered straight in the database (registering asks KOS, whose circuit is open now). */
async function newLineWhileOpen(): Promise<string> {
  const id = crypto.randomUUID();
  await stack.sql("insert into billing.line (id, user_id, phone_number, kos_subscriber_id, registered_by, registered_at) values (?, ?, ?, 'SC0000000000', ?, now())", [id, customer.userId, freshLineNumber(), operator.userId]);
  return id;
}
