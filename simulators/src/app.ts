import express, { type Express } from 'express';
import { createAdminRouter, jsonErrorHandler } from './admin.ts';
import { lenientJson } from './bodyParsing.ts';
import { FaultInjector } from './faults.ts';
import { simulatorNames, simulators, type SimulatorStates } from './registry.ts';
import { RequestLog } from './requestLog.ts';
import type { SimulatorDefinition, SimulatorState } from './simulator.ts';

/**
 * Assembles the Express app from the registry, without listening, so the wiring order is visible in one
 * place: per simulator, body parsing → request log → faults → its routes. Logging comes before faults so
 * failed and hung attempts are counted too.
 */
export interface SimulatorApp {
  app: Express;
  faults: FaultInjector;
  log: RequestLog;
  states: SimulatorStates;
  reset(): void;
}

export function createSimulatorApp(options: { requestLogCapacity?: number } = {}): SimulatorApp {
  const faults = new FaultInjector(simulatorNames);
  const log = new RequestLog(simulatorNames, options.requestLogCapacity);
  const states: Record<string, SimulatorState> = {};
  const reset = () => {
    faults.clear();
    log.clear();
    for (const state of Object.values(states)) state.reset();
  };

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  const admin = createAdminRouter({ faults, log, reset });
  app.use('/__admin', admin);

  // Typed as the base definition: each simulator's own types were checked where it was defined.
  for (const simulator of simulators as readonly SimulatorDefinition[]) {
    const ctx = { name: simulator.name, state: simulator.createState() };
    states[simulator.stateKey] = ctx.state;

    const router = express.Router();
    router.use(lenientJson, log.middleware(simulator.name), faults.middleware(simulator.name));
    simulator.mount(router, ctx);
    app.use(`/${simulator.name}`, router);

    if (simulator.mountAdmin) {
      const adminRouter = express.Router();
      simulator.mountAdmin(adminRouter, ctx);
      admin.use(`/${simulator.name}`, adminRouter);
    }
  }

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(jsonErrorHandler);

  return { app, faults, log, states: states as unknown as SimulatorStates, reset };
}
