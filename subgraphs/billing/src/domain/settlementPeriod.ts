import { daysInclusive, isDay } from './calendar.ts';

/**
 * A settlement report covers whole KST days, `from` to `to` inclusive, at most `maxDays` of them: payments
 * count on the day they were approved, refunds on the day they completed.
 */
export function settlementPeriodProblem(from: string, to: string, maxDays: number): { field: string; message: string } | null {
  if (!isDay(from)) return { field: 'from', message: 'Write the day as YYYY-MM-DD, for example 2026-11-01.' };
  if (!isDay(to)) return { field: 'to', message: 'Write the day as YYYY-MM-DD, for example 2026-11-30.' };
  if (to < from) return { field: 'to', message: 'The period ends before it starts.' };
  if (daysInclusive(from, to) > maxDays) return { field: 'to', message: `A report covers at most ${maxDays} days.` };
  return null;
}
