import { z } from 'zod';

const DAY_MS = 86_400_000;
/** A re-used plan starts this many days after today. */
const REDATED_START_DAYS = 3;

const datedPlan = z.object({ period: z.object({ startDate: z.iso.date(), endDate: z.iso.date(), announceDate: z.iso.date().nullish() }) }).loose();

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Moves plans that would start today or earlier (a cached or fallback answer from an earlier day) to start
 * a few days after `today`, keeping each plan's length and announcement delay. Plans that start later are
 * returned as they are.
 */
export function redatePlans(plans: readonly unknown[], today: string): unknown[] {
  return plans.map((plan) => {
    const parsed = datedPlan.safeParse(plan);
    if (!parsed.success || parsed.data.period.startDate > today) return plan;
    const { startDate, endDate, announceDate } = parsed.data.period;
    const days = Math.round((Date.parse(`${shift(today, REDATED_START_DAYS)}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS);
    return {
      ...(plan as object),
      period: { startDate: shift(startDate, days), endDate: shift(endDate, days), announceDate: announceDate ? shift(announceDate, days) : null },
    };
  });
}
