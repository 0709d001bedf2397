import { AppError } from '@attendgate/platform';
import { nextRunAfter, scheduleProblem } from '../domain/schedule.ts';
import type { IntegrationsDeps } from './deps.ts';

/** Cron schedules read in the configured time zone, with the configured minimum interval. */
export function createSchedules(deps: IntegrationsDeps) {
  const zone = deps.config.INTEGRATIONS_SCHEDULE_TIME_ZONE;
  return {
    /** The schedule, trimmed, or BAD_USER_INPUT saying why it cannot be used. */
    check(raw: string): string {
      const cron = raw.trim();
      const problem = scheduleProblem(cron, deps.config.INTEGRATIONS_MIN_SCHEDULE_INTERVAL_MS, zone);
      if (problem) throw AppError.badInput(`Invalid schedule: ${problem}.`, 'schedule');
      return cron;
    },
    nextRun: (cron: string, from: Date) => nextRunAfter(cron, from, zone),
  };
}

export type Schedules = ReturnType<typeof createSchedules>;
