import { simulatorNames } from './registry.ts';
import type { SimulatorServer } from './server.ts';

/**
 * The environment variables that point services at running simulators: `<NAME>_URL` per simulator
 * ("tax-office" → TAX_OFFICE_URL = `${url}/tax-office`), the same names docker-compose.yml sets, so the
 * launcher and tests configure services exactly as a deployment configures them for the real systems.
 */
export function simulatorEnvironment(server: Pick<SimulatorServer, 'urlOf'>): Record<string, string> {
  return Object.fromEntries(simulatorNames.map((name) => [environmentNameOf(name), server.urlOf(name)]));
}

/** "tax-office" → "TAX_OFFICE_URL". */
export function environmentNameOf(simulatorName: string): string {
  return `${simulatorName.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_URL`;
}
