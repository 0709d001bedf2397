import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { JSON_BODY_LIMIT } from './bodyParsing.ts';
import { UnknownSimulatorError } from './errors.ts';
import { type FaultInjector, type FaultSettings, validateFaultSettings } from './faults.ts';
import type { RequestLog } from './requestLog.ts';

/**
 * The /__admin HTTP API: the same controls as the programmatic SimulatorServer API, for tests and scripts
 * running in another process than the simulators. Each simulator's own admin routes are mounted below it at
 * /__admin/<name> by the app.
 */
export interface AdminControls {
  faults: FaultInjector;
  log: RequestLog;
  /** Clears faults, request logs and every simulator's data. */
  reset(): void;
}

export function createAdminRouter({ faults, log, reset }: AdminControls): Router {
  const router = express.Router();
  router.use(express.json({ limit: JSON_BODY_LIMIT }));

  router.get('/faults/:name', (req, res) => {
    res.json(faults.get(req.params.name));
  });
  router.put('/faults/:name', (req, res) => {
    const problem = validateFaultSettings(req.body);
    if (problem) {
      res.status(400).json({ error: problem });
      return;
    }
    faults.set(req.params.name, req.body as FaultSettings);
    res.json(faults.get(req.params.name));
  });
  router.delete('/faults', (_req, res) => {
    faults.clear();
    res.status(204).end();
  });
  router.delete('/faults/:name', (req, res) => {
    faults.clear(req.params.name);
    res.status(204).end();
  });

  router.get('/requests/:name', (req, res) => {
    res.json(log.list(req.params.name));
  });
  router.delete('/requests', (_req, res) => {
    log.clear();
    res.status(204).end();
  });
  router.delete('/requests/:name', (req, res) => {
    log.clear(req.params.name);
    res.status(204).end();
  });

  router.post('/reset', (_req, res) => {
    reset();
    res.status(204).end();
  });
  return router;
}

/** Turns thrown errors into JSON answers: unknown simulator → 404, unreadable body → 400, else 500. */
export function jsonErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  if (error instanceof UnknownSimulatorError) {
    res.status(404).json({ error: error.message });
    return;
  }
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    res.status(status).json({ error: (error as Error).message });
    return;
  }
  if (error instanceof TypeError) {
    res.status(400).json({ error: error.message });
    return;
  }
  res.status(500).json({ error: 'internal simulator error' });
}
