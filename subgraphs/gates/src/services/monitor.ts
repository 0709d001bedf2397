import type { Logger } from '@attendgate/platform';
import type { GateCommands } from './gateCommands.ts';
import type { Telemetry } from './telemetry.ts';

/**
 * The loop every replica runs: gates whose heartbeat stopped go OFFLINE, and commands whose deadline passed
 * without any replica settling them (their sender died) are settled TIMED_OUT. Each pass is a few indexed
 * statements; replicas running it at the same time move each gate and command once (conditional updates,
 * `skip locked`). A pass never overlaps the previous one on the same replica.
 */
export function startMonitor(deps: { telemetry: Telemetry; commands: GateCommands; intervalMs: number; logger: Logger }) {
  let running: Promise<void> | undefined;
  let stopped = false;
  const pass = async () => {
    try {
      await deps.telemetry.markSilentGatesOffline();
      await deps.commands.settleOverdue();
    } catch (error) {
      if (!stopped) deps.logger.warn({ err: error }, 'gate monitor pass failed');
    }
  };
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = pass().finally(() => {
      running = undefined;
    });
  }, deps.intervalMs);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
