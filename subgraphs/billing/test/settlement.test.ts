import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedPayment } from './support/payments.ts';
import { firstError, startBillingStack, type Actor, type BillingStack } from './support/stack.ts';

let stack: BillingStack;
let owner: Actor;
let otherOwner: Actor;
let admin: Actor;
beforeAll(async () => {
  stack = await startBillingStack();
  [owner, otherOwner, admin] = await Promise.all([stack.actor('OWNER'), stack.actor('OWNER'), stack.actor('ADMIN')]);
});
afterAll(async () => stack?.stop());

const REPORT = `query($from: String!, $to: String!, $ownerId: ID, $first: Int, $after: String) { settlementReport(from: $from, to: $to, ownerId: $ownerId) {
  from to paymentCount grossKrw refundCount refundedKrw netKrw
  rows(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { day owner { id } paymentCount grossKrw refundCount refundedKrw netKrw } } } }`;
const report = (actor: Actor, variables: Record<string, unknown>) => stack.graphql({ query: REPORT, variables, token: actor.token });

/** Moves a payment's approval (and its refunds' completion) to an instant, as if it had happened then. */
async function happenedAt(paymentId: string, approvedAt: string, refundedAt?: string) {
  await stack.sql('update billing.payment set approved_at = ? where id = ?', [approvedAt, paymentId]);
  if (refundedAt) await stack.sql('update billing.refund set completed_at = ? where payment_id = ?', [refundedAt, paymentId]);
}

const refund = (paymentId: string, amountKrw: number, actor: Actor) =>
  stack.graphql({ query: 'mutation($id: ID!, $amount: Krw) { refund(paymentId: $id, amountKrw: $amount) { status } }', variables: { id: paymentId, amount: amountKrw }, token: actor.token });

describe('the settlement report', () => {
  beforeAll(async () => {
    // 2026-09-30 23:30 in Korea is 14:30 UTC: it belongs to the 30th, and 00:30 KST on 1 October to the 1st.
    const a = await approvedPayment(stack, owner, 30_000);
    const b = await approvedPayment(stack, owner, 20_000);
    const c = await approvedPayment(stack, otherOwner, 50_000);
    await refund(b.id, 5_000, owner);
    await refund(c.id, 50_000, otherOwner);
    await happenedAt(a.id, '2026-09-30T14:30:00Z');
    await happenedAt(b.id, '2026-09-30T15:30:00Z', '2026-10-02T01:00:00Z');
    await happenedAt(c.id, '2026-10-01T02:00:00Z', '2026-10-01T03:00:00Z');
  });

  it('gives an owner their own payments and refunds per Korean day, with totals', async () => {
    const result = (await report(owner, { from: '2026-09-30', to: '2026-10-02' })).body.data.settlementReport;
    expect(result.rows.nodes).toEqual([
      { day: '2026-09-30', owner: { id: owner.userId }, paymentCount: 1, grossKrw: 30_000, refundCount: 0, refundedKrw: 0, netKrw: 30_000 },
      { day: '2026-10-01', owner: { id: owner.userId }, paymentCount: 1, grossKrw: 20_000, refundCount: 0, refundedKrw: 0, netKrw: 20_000 },
      { day: '2026-10-02', owner: { id: owner.userId }, paymentCount: 0, grossKrw: 0, refundCount: 1, refundedKrw: 5_000, netKrw: -5_000 },
    ]);
    expect(result).toMatchObject({ paymentCount: 2, grossKrw: 50_000, refundCount: 1, refundedKrw: 5_000, netKrw: 45_000 });
  });

  it('gives admins every owner, or one, and pages the rows by day then owner', async () => {
    const all = (await report(admin, { from: '2026-09-30', to: '2026-10-02' })).body.data.settlementReport;
    expect(all).toMatchObject({ paymentCount: 3, grossKrw: 100_000, refundCount: 2, refundedKrw: 55_000, netKrw: 45_000 });
    expect(all.rows.totalCount).toBe(4);
    const first = (await report(admin, { from: '2026-09-30', to: '2026-10-02', first: 3 })).body.data.settlementReport.rows;
    const rest = (await report(admin, { from: '2026-09-30', to: '2026-10-02', first: 3, after: first.pageInfo.endCursor })).body.data.settlementReport.rows;
    expect([...first.nodes, ...rest.nodes]).toEqual(all.rows.nodes);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const one = (await report(admin, { from: '2026-10-01', to: '2026-10-01', ownerId: otherOwner.userId })).body.data.settlementReport;
    expect(one.rows.nodes).toEqual([{ day: '2026-10-01', owner: { id: otherOwner.userId }, paymentCount: 1, grossKrw: 50_000, refundCount: 1, refundedKrw: 50_000, netKrw: 0 }]);
  });

  it('shows an owner nobody else\'s figures', async () => {
    expect(firstError(await report(owner, { from: '2026-10-01', to: '2026-10-01', ownerId: otherOwner.userId })).code).toBe('FORBIDDEN');
    expect((await report(otherOwner, { from: '2026-09-30', to: '2026-09-30' })).body.data.settlementReport).toMatchObject({ paymentCount: 0, rows: { nodes: [] } });
    expect(firstError(await report(await stack.actor('CUSTOMER'), { from: '2026-10-01', to: '2026-10-01' })).code).toBe('FORBIDDEN');
  });

  it('refuses malformed and overlong periods', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: '2026-10-32', to: '2026-10-31' }, 'from'],
      [{ from: '2026-10-01', to: '10/31' }, 'to'],
      [{ from: '2026-10-02', to: '2026-10-01' }, 'to'],
      [{ from: '2026-01-01', to: '2026-12-31' }, 'to'],
      [{ from: '2026-10-01', to: '2026-10-02', first: 201 }, 'first'],
    ];
    for (const [variables, field] of cases) {
      expect(firstError(await report(admin, variables)).extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
