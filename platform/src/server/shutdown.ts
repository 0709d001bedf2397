import type { Logger } from '../logging/logger.ts';

type Step = { name: string; run: () => Promise<unknown> | unknown };

/**
 * Ordered graceful shutdown. Steps run in reverse order of registration (what started last stops first:
 * stop taking requests, drain them, stop workers, then close pools), each bounded by a timeout so one stuck
 * step cannot keep the process alive forever.
 */
export function createShutdown(logger: Logger, stepTimeoutMs: number) {
  const steps: Step[] = [];
  let running: Promise<void> | undefined;

  async function runStep(step: Step): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), stepTimeoutMs);
    });
    try {
      const outcome = await Promise.race([Promise.resolve().then(step.run), timedOut]);
      if (outcome === 'timeout') logger.warn({ step: step.name }, 'shutdown step timed out');
    } catch (error) {
      logger.error({ err: error, step: step.name }, 'shutdown step failed');
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    add(name: string, run: () => Promise<unknown> | unknown): void {
      steps.push({ name, run });
    },
    /** Runs every step once; later calls wait for the first run. */
    run(reason: string): Promise<void> {
      running ??= (async () => {
        logger.info({ reason }, 'shutting down');
        for (const step of [...steps].reverse()) await runStep(step);
        logger.info('shutdown complete');
      })();
      return running;
    },
  };
}

export type Shutdown = ReturnType<typeof createShutdown>;

/** Runs `shutdown` on SIGINT/SIGTERM, then exits; a second signal exits at once. */
export function exitOnSignals(shutdown: Shutdown, logger: Logger): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(130);
    signalled = true;
    shutdown.run(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.fatal({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
