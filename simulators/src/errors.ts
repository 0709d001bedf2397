/**
 * Thrown by the programmatic API for a simulator name that is not in the registry; the admin HTTP API turns
 * it into a 404, so a typo in a test or script fails loudly instead of silently configuring nothing.
 */
export class UnknownSimulatorError extends Error {
  readonly simulator: string;

  constructor(simulator: string) {
    super(`unknown simulator "${simulator}"`);
    this.name = 'UnknownSimulatorError';
    this.simulator = simulator;
  }
}
