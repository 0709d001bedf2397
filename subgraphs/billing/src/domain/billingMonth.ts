import { isMonth, kstMonthOf, monthsBetween, shiftMonth } from './calendar.ts';

/**
 * Which months a bill may be asked for. A bill is named by its billing month (청구월): issued on the 1st for
 * the previous month's use. The carrier keeps two years of bills online, and no bill exists for a month that
 * has not begun; both are refused before KOS is asked. Months before the line opened are KOS's to answer.
 */
export const BILL_RETENTION_MONTHS = 24;

/** Why a month cannot be asked for, or null when it can. */
export function billMonthProblem(month: string, now: Date): string | null {
  if (!isMonth(month)) return 'Write the month as YYYY-MM, for example 2026-11.';
  const current = kstMonthOf(now);
  if (month > current) return `There is no bill for ${month} yet; the latest is ${current}.`;
  if (monthsBetween(month, current) >= BILL_RETENTION_MONTHS) return `Bills are kept for ${BILL_RETENTION_MONTHS} months; the oldest is ${shiftMonth(current, 1 - BILL_RETENTION_MONTHS)}.`;
  return null;
}

/** The `months` most recent billing months, ending with the current one, oldest first. */
export function recentMonths(months: number, now: Date): { from: string; to: string } {
  const to = kstMonthOf(now);
  return { from: shiftMonth(to, 1 - months), to };
}
