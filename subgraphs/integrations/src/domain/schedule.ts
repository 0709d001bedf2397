import { CronExpressionParser } from 'cron-parser';

/**
 * Pull schedules are cron expressions in a time zone (seed 001: "스케줄러"): five fields (minute hour day
 * month weekday), or six with seconds first. Schedules firing closer than the minimum interval (looked at
 * over their next runs) are refused, because a pull reads whole pages from a customer's system and an
 * every-second schedule would be a denial of service on it; tests lower the minimum.
 */
export const MAX_CRON_LENGTH = 100;
const SAMPLED_RUNS = 24;

export function scheduleProblem(cron: string, minimumIntervalMs: number, timeZone: string): string | undefined {
  const fields = cron.trim().split(/\s+/).length;
  if (cron.length > MAX_CRON_LENGTH || (fields !== 5 && fields !== 6)) return 'schedule must be a cron expression of five fields (minute hour day month weekday) or six (seconds first)';
  try {
    const interval = CronExpressionParser.parse(cron, { tz: timeZone, currentDate: new Date('2026-01-01T00:00:00Z') });
    let previous = interval.next().getTime();
    for (let i = 0; i < SAMPLED_RUNS; i += 1) {
      const next = interval.next().getTime();
      if (next - previous < minimumIntervalMs) return `runs must be at least ${Math.round(minimumIntervalMs / 1000)} s apart`;
      previous = next;
    }
    return undefined;
  } catch {
    return 'schedule is not a valid cron expression';
  }
}

/** The next time the schedule fires after `from`. */
export function nextRunAfter(cron: string, from: Date, timeZone: string): Date {
  return CronExpressionParser.parse(cron, { tz: timeZone, currentDate: from }).next().toDate();
}
