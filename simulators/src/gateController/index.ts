import type { Request, Response } from 'express';
import { defineSimulator } from '../simulator.ts';
import { validateGateFaults, type GateFaults } from './simulatedGate.ts';
import { GateControllerState } from './state.ts';

/**
 * The venues' gate controllers (turnstiles, doors, their beacons' batteries), speaking the gate-controller
 * protocol over MQTT. Its HTTP side is the vendor's management view (`GET /gate-controller/gates`) and the
 * admin routes that inject faults per gate. See simulators/README.md.
 */
export const gateControllerSimulator = defineSimulator({
  name: 'gate-controller',
  stateKey: 'gateController',
  createState: () => new GateControllerState(),
  mount(router, { state }) {
    router.get('/gates', (_req, res) => {
      res.json({ connected: state.connected, gates: state.gates() });
    });
  },
  mountAdmin(router, { state }) {
    router.get('/gates/:gateId', (req: Request<{ gateId: string }>, res: Response) => {
      const gate = state.gate(req.params.gateId);
      if (!gate) {
        res.status(404).json({ error: 'no simulated gate with this id (no configuration received for it)' });
        return;
      }
      res.json({ gateId: gate.config.gateId, state: gate.state, doorOpen: gate.doorOpen, heartbeats: gate.heartbeats, faults: state.faultsOf(req.params.gateId), commands: gate.commands });
    });
    // Body: GateFaults; `*` as the gate id sets the faults of every gate without its own.
    router.put('/gates/:gateId/faults', (req: Request<{ gateId: string }>, res: Response) => {
      const problem = validateGateFaults(req.body);
      if (problem) {
        res.status(400).json({ error: problem });
        return;
      }
      state.setFaults(req.params.gateId, req.body as GateFaults);
      res.json(state.faultsOf(req.params.gateId));
    });
    router.delete('/gates/:gateId/faults', (req: Request<{ gateId: string }>, res: Response) => {
      state.clearFaults(req.params.gateId);
      res.status(204).end();
    });
  },
});

export { GateControllerState, type GateControllerConnection } from './state.ts';
export { SimulatedGate, validateGateFaults, type GateFaults, type GateConfig, type ReceivedCommand, type ControllerState } from './simulatedGate.ts';
