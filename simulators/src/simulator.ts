import type { Router } from 'express';

/**
 * The contract one simulator fulfils. The server gives each simulator its own router at `/<name>` (with
 * body parsing, request logging and fault injection already in front) and, if it wants one, an admin router
 * at `/__admin/<name>` for setting its data from other processes. Its state object is exposed on the
 * SimulatorServer as `server[stateKey]` so in-process tests can set data without HTTP.
 */
export interface SimulatorState {
  /** Back to the default data; used between tests sharing one server. */
  reset(): void;
  /** Releases what the simulator holds besides its routes (the gate controllers' MQTT connection). */
  close?(): Promise<void>;
}

export interface SimulatorContext<State> {
  readonly name: string;
  readonly state: State;
}

export interface SimulatorDefinition<
  Name extends string = string,
  StateKey extends string = string,
  State extends SimulatorState = SimulatorState,
> {
  /** URL segment and the name used by the faults and request-log APIs, e.g. "tax-office". */
  readonly name: Name;
  /** Property of SimulatorServer holding the state, e.g. "taxOffice". */
  readonly stateKey: StateKey;
  createState(): State;
  mount(router: Router, ctx: SimulatorContext<State>): void;
  mountAdmin?(router: Router, ctx: SimulatorContext<State>): void;
}

/** Identity function that keeps the literal name and state key types for the registry's derived types. */
export function defineSimulator<const Name extends string, const StateKey extends string, State extends SimulatorState>(
  definition: SimulatorDefinition<Name, StateKey, State>,
): SimulatorDefinition<Name, StateKey, State> {
  return definition;
}
