import { afterAll, beforeAll, beforeEach } from 'vitest';
import { STATUS_PATH, startSimulators, type SimulatorServer } from '../src/index.ts';

/**
 * Small HTTP helpers shared by the simulator tests, so each test reads as the behaviour it checks.
 */
export interface LookupOptions {
  serviceKey?: string | null;
  body?: unknown;
  rawBody?: string;
}

/** POSTs to the tax office status API; `serviceKey: null` leaves the key out. */
export async function lookup(server: SimulatorServer, numbers: string[], options: LookupOptions = {}) {
  const key = options.serviceKey === undefined ? 'test-key' : options.serviceKey;
  const query = key === null ? '' : `?serviceKey=${encodeURIComponent(key)}`;
  const response = await fetch(`${server.urlOf('tax-office')}${STATUS_PATH}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: options.rawBody ?? JSON.stringify(options.body ?? { b_no: numbers }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function admin(server: SimulatorServer, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/__admin${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Polls until `condition` holds; for things that happen asynchronously, instead of fixed sleeps. */
export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * One simulator server for the whole test file, reset (faults, logs, data) before each test. Returns a getter
 * because the server exists only once `beforeAll` has run.
 */
export function useSimulatorServer(): () => SimulatorServer {
  let server: SimulatorServer | undefined;
  beforeAll(async () => {
    server = await startSimulators();
  });
  afterAll(() => server?.close());
  beforeEach(() => server?.reset());
  return () => server!;
}
