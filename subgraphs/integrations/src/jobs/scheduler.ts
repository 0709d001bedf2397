import type { Logger } from '@attendgate/platform';
import type { PullSync } from '../services/pullSync.ts';

/**
 * Starts due pull runs every interval. Every replica runs one; they cannot start the same run twice, because
 * a run starts only by locking its sync job's row (pullSync.start). A tick that fails is logged and the next
 * tick tries again: schedules are read from the database, nothing is lost between ticks.
 */
export function startScheduler(pullSync: PullSync, intervalMs: number, logger: Logger): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const timer = setInterval(() => {
    // A tick still going when the next is due is left to finish: ticks never pile up.
    if (running || stopped) return;
    running = pullSync.startDue()
      .then(() => undefined, (error: unknown) => logger.warn({ err: error }, 'pull scheduler tick failed'))
      .finally(() => { running = null; });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
