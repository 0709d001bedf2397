import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, pageRequest, toPage, type AuthClaims, type PageArgs } from '@attendgate/platform';
import { kstDayStart } from '../domain/calendar.ts';
import { settlementPeriodProblem } from '../domain/settlementPeriod.ts';
import { isAdmin, requireId } from './access.ts';
import type { CountedPage } from './pages.ts';
import type { SettlementReportView, SettlementRowView } from './views.ts';

export const SETTLEMENT_ROWS_PAGE = { defaultSize: 100, maxSize: 200 };

/**
 * Every approved payment and completed refund of the period, each on its KST day: payments on the day they
 * were approved (refunded ones too: they were sold that day), refunds on the day they completed.
 */
const ACTIVITY = `
  select (p.approved_at at time zone 'Asia/Seoul')::date as day, p.owner_id, 1 as payments, p.amount_krw as gross, 0 as refunds, 0 as refunded
    from "billing"."payment" p where p.approved_at >= ? and p.approved_at < ? and (?::uuid is null or p.owner_id = ?::uuid)
  union all
  select (r.completed_at at time zone 'Asia/Seoul')::date, p.owner_id, 0, 0, 1, r.amount_krw
    from "billing"."refund" r join "billing"."payment" p on p.id = r.payment_id
    where r.status = 'COMPLETED' and r.completed_at >= ? and r.completed_at < ? and (?::uuid is null or p.owner_id = ?::uuid)`;

interface Sums {
  payment_count: number;
  gross: string | number;
  refund_count: number;
  refunded: string | number;
}

function paramsOf(view: SettlementReportView): unknown[] {
  const start = kstDayStart(view.from);
  const end = new Date(kstDayStart(view.to).getTime() + 86_400_000);
  return [start, end, view.ownerId, view.ownerId, start, end, view.ownerId, view.ownerId];
}

export interface SettlementTotals {
  paymentCount: number;
  grossKrw: number;
  refundCount: number;
  refundedKrw: number;
  netKrw: number;
}

function sumsOf(row: Sums): SettlementTotals {
  const grossKrw = Number(row.gross ?? 0);
  const refundedKrw = Number(row.refunded ?? 0);
  return { paymentCount: Number(row.payment_count ?? 0), grossKrw, refundCount: Number(row.refund_count ?? 0), refundedKrw, netKrw: grossKrw - refundedKrw };
}

/**
 * settlementReport (seed 000: 정산 관리): a shop owner gets their own; an admin everyone's or one owner's.
 * Checks the period; the rows and totals are read when asked for.
 */
export function settlementReport(caller: AuthClaims, args: { from: string; to: string; ownerId?: string | null }, maxDays: number): SettlementReportView {
  const problem = settlementPeriodProblem(args.from, args.to, maxDays);
  if (problem) throw AppError.badInput(problem.message, problem.field, { maxDays });
  if (!isAdmin(caller) && args.ownerId && args.ownerId.toLowerCase() !== caller.userId) throw AppError.forbidden("Only admins see other owners' settlements.");
  const ownerId = isAdmin(caller) ? (args.ownerId ? requireId(args.ownerId, 'ownerId') : null) : caller.userId;
  return { from: args.from, to: args.to, ownerId };
}

/** One page of (day, owner) rows, by day then owner. */
export async function settlementRows(em: EntityManager, view: SettlementReportView, args: PageArgs): Promise<CountedPage<SettlementRowView>> {
  const page = pageRequest<[string, string]>(args, SETTLEMENT_ROWS_PAGE, 2);
  const grouped = `select to_char(day, 'YYYY-MM-DD') as day, owner_id, sum(payments)::int as payment_count, sum(gross)::bigint as gross,
      sum(refunds)::int as refund_count, sum(refunded)::bigint as refunded from (${ACTIVITY}) activity group by day, owner_id`;
  const after = page.after ? 'where (day, owner_id::text) > (?, ?)' : '';
  const [rows, [count]] = await Promise.all([
    em.execute<(Sums & { day: string; owner_id: string })[]>(
      `select * from (${grouped}) g ${after} order by day, owner_id::text limit ?`,
      [...paramsOf(view), ...(page.after ?? []), page.size + 1],
    ),
    em.execute<{ total: number }[]>(`select count(*)::int as total from (${grouped}) g`, paramsOf(view)),
  ]);
  const nodes = rows.map((row) => ({ day: row.day, ownerId: row.owner_id, ...sumsOf(row) }));
  return { ...toPage(nodes, page, (row) => [row.day, row.ownerId]), totalCount: count?.total ?? 0 };
}

/** The period's totals over every row of the report. */
export async function settlementTotals(em: EntityManager, view: SettlementReportView): Promise<SettlementTotals> {
  const [row] = await em.execute<Sums[]>(
    `select coalesce(sum(payments), 0)::int as payment_count, coalesce(sum(gross), 0)::bigint as gross,
       coalesce(sum(refunds), 0)::int as refund_count, coalesce(sum(refunded), 0)::bigint as refunded from (${ACTIVITY}) activity`,
    paramsOf(view),
  );
  return sumsOf(row!);
}
