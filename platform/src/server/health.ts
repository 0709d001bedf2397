import type { Express } from 'express';
import { breakerStates } from '../resilience/breakerRegistry.ts';

export type ReadinessCheck = () => Promise<unknown>;

/** Time a dependency may take to answer a readiness probe before it counts as down. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * `/healthz` says the process is alive (it answers at all); `/readyz` says it can serve: each dependency
 * (database, Redis) answered within the probe timeout and shutdown has not begun. The readiness detail
 * includes circuit-breaker states, which degrade a service without making it unready.
 */
export function mountHealth(app: Express, checks: Record<string, ReadinessCheck>, isShuttingDown: () => boolean): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [name, await probe(check)] as const),
    );
    const ready = !isShuttingDown() && results.every(([, outcome]) => outcome === 'ok');
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      ...(isShuttingDown() ? { shuttingDown: true } : {}),
      checks: Object.fromEntries(results),
      breakers: breakerStates(),
    });
  });
}

async function probe(check: ReadinessCheck): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
      }),
    ]);
    return 'ok';
  } catch (error) {
    return error instanceof Error && error.message === 'timeout' ? 'timeout' : 'down';
  } finally {
    clearTimeout(timer);
  }
}
