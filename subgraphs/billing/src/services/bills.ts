import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type AuthClaims } from '@attendgate/platform';
import type { Kos } from '../adapters/kos.ts';
import { billMonthProblem, recentMonths } from '../domain/billingMonth.ts';
import type { Line } from '../entities/index.ts';
import type { RecordBillInquiryJob } from '../jobs/jobNames.ts';
import { carrierUnavailable } from './access.ts';
import { isUpstreamFailure, type FreshCache, type Freshness } from './freshCache.ts';
import type { InquiryLog } from './inquiryLog.ts';
import { lineForCaller } from './lines.ts';
import type { BillHistoryView, BillView } from './views.ts';

export interface BillDeps {
  kos: Kos;
  cache: FreshCache;
  inquiries: InquiryLog;
  /** Fresh window of a cached bill (1 h) and how long a stale copy is kept. */
  freshMs: number;
  keepMs: number;
  maxHistoryMonths: number;
}

type Source = RecordBillInquiryJob['source'];

/**
 * Asks the cache, else KOS, and records the inquiry whatever the outcome (the history shows failed inquiries
 * too). A KOS that is down or slow (its circuit open, or past its timeout) gives the stale copy when there is
 * one, else UPSTREAM_UNAVAILABLE with a message a person can act on.
 */
async function inquire<T>(
  deps: BillDeps,
  record: { line: Line; caller: AuthClaims; kind: RecordBillInquiryJob['kind']; month: string; months: number },
  key: string,
  load: () => Promise<T | null>,
  notFound: string,
): Promise<Freshness<T>> {
  const requestedAt = new Date();
  let source: Source = 'UNAVAILABLE';
  try {
    const answer = await deps.cache.get(key, { freshMs: deps.freshMs, keepMs: deps.keepMs }, load);
    if (!answer) {
      source = 'NOT_FOUND';
      throw AppError.notFound(notFound);
    }
    source = answer.stale ? 'STALE_CACHE' : answer.cached ? 'CACHE' : 'KOS';
    return answer;
  } catch (error) {
    throw isUpstreamFailure(error) ? carrierUnavailable() : error;
  } finally {
    await deps.inquiries.record({
      lineId: record.line.id, requestedBy: record.caller.userId, requesterRole: record.caller.role,
      kind: record.kind, month: record.month, months: record.months, source, requestedAt,
    });
  }
}

/** A month's bill of a line the caller may see (seed 003, 요금조회: KOS behind a breaker, cached 1 hour). */
export async function billOf(deps: BillDeps, em: EntityManager, caller: AuthClaims, args: { lineId: string; month: string }): Promise<BillView> {
  const line = await lineForCaller(em, caller, args.lineId);
  const problem = billMonthProblem(args.month, new Date());
  if (problem) throw AppError.badInput(problem, 'month');
  const answer = await inquire(
    deps,
    { line, caller, kind: 'BILL', month: args.month, months: 1 },
    `billing:bill:${line.id}:${args.month}`,
    () => deps.kos.bill(line.phoneNumber, args.month),
    `The bill of ${args.month}`,
  );
  return { ...answer.value, line, fetchedAt: answer.fetchedAt, stale: answer.stale, cached: answer.cached };
}

/** Summaries of the line's last `months` bills, newest first (one KOS call; cached like a bill). */
export async function billHistoryOf(deps: BillDeps, em: EntityManager, caller: AuthClaims, args: { lineId: string; months: number }): Promise<BillHistoryView> {
  const line = await lineForCaller(em, caller, args.lineId);
  if (!Number.isInteger(args.months) || args.months < 1 || args.months > deps.maxHistoryMonths) {
    throw AppError.badInput(`months must be between 1 and ${deps.maxHistoryMonths}.`, 'months', { max: deps.maxHistoryMonths });
  }
  const { from, to } = recentMonths(args.months, new Date());
  const answer = await inquire(
    deps,
    { line, caller, kind: 'BILL_HISTORY', month: to, months: args.months },
    `billing:bill-history:${line.id}:${from}:${to}`,
    () => deps.kos.billSummaries(line.phoneNumber, from, to),
    'The line at the carrier',
  );
  return { line, fromMonth: from, toMonth: to, bills: answer.value, fetchedAt: answer.fetchedAt, stale: answer.stale, cached: answer.cached };
}
