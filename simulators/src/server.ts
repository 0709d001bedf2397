import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSimulatorApp } from './app.ts';
import type { FaultSettings } from './faults.ts';
import type { GateControllerConnection } from './gateController/state.ts';
import type { SimulatorState } from './simulator.ts';
import type { SimulatorName, SimulatorStates } from './registry.ts';
import type { RecordedRequest } from './requestLog.ts';

/**
 * Starts every registered simulator on one HTTP port, each under /<name>. Tests start one per file on a
 * random port; the dev stack runs main.ts on a fixed one.
 */
export interface StartSimulatorsOptions {
  /** Default 0: a random free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Requests kept per simulator; default 1000. */
  requestLogCapacity?: number;
  /**
   * The MQTT broker and topic root the gate-controller simulator speaks on. Without it the simulated
   * controllers stay disconnected (services that do not use gates need no broker).
   */
  mqtt?: GateControllerConnection;
}

export interface FaultControls {
  /** Replaces the simulator's fault settings. Throws on an unknown name or invalid settings. */
  set(name: SimulatorName, settings: FaultSettings): void;
  get(name: SimulatorName): FaultSettings;
  /** Clears one simulator's faults, or all. */
  clear(name?: SimulatorName): void;
}

export type SimulatorServer = SimulatorStates & {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** Base URL of one simulator, e.g. `${url}/tax-office`. */
  urlOf(name: SimulatorName): string;
  readonly faults: FaultControls;
  /** What the simulator received, oldest first (at most the last requestLogCapacity). */
  requests(name: SimulatorName): RecordedRequest[];
  clearRequests(name?: SimulatorName): void;
  /** Clears faults, request logs and all simulator data: a fresh server without restarting. */
  reset(): void;
  /** Stops listening and destroys open connections, hung requests included. Safe to call twice. */
  close(): Promise<void>;
};

export async function startSimulators(options: StartSimulatorsOptions = {}): Promise<SimulatorServer> {
  const host = options.host ?? '127.0.0.1';
  const { app, faults, log, states, reset } = createSimulatorApp(
    options.requestLogCapacity === undefined ? {} : { requestLogCapacity: options.requestLogCapacity },
  );
  const server = createServer(app);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  if (options.mqtt) {
    try {
      await states.gateController.connect(options.mqtt);
    } catch (error) {
      server.close();
      throw error;
    }
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${clientHost(host)}:${port}`;
  let closing: Promise<void> | undefined;

  return {
    ...states,
    url,
    urlOf: (name) => {
      faults.get(name); // throws UnknownSimulatorError for a name that is not registered
      return `${url}/${name}`;
    },
    faults: {
      set: (name, settings) => faults.set(name, settings),
      get: (name) => faults.get(name),
      clear: (name) => faults.clear(name),
    },
    requests: (name) => log.list(name),
    clearRequests: (name) => log.clear(name),
    reset,
    close() {
      closing ??= (async () => {
        await Promise.all(Object.values(states as unknown as Record<string, SimulatorState>).map((state) => state.close?.()));
        await new Promise<void>((resolve, reject) => {
          faults.dispose();
          server.close((error) => (error ? reject(error) : resolve()));
          // close() alone waits for active requests, and a hung one never ends.
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}

/** The address clients should use: wildcard binds are reached via loopback; IPv6 needs brackets. */
function clientHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
