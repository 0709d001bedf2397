import type { GateDirection, GateState, PassageDirection } from './gateStates.ts';

/**
 * Which way a person goes through a gate: entrances admit, exits let out, and a two-way gate lets out whoever
 * is inside and admits whoever is not (the credential's presence decides, so a person cannot enter twice).
 */
export function passageDirection(gate: GateDirection, inside: boolean): PassageDirection {
  if (gate === 'BOTH') return inside ? 'OUT' : 'IN';
  return gate;
}

/**
 * Whether a gate in this state lets a person through this way. Nobody is admitted through a locked, faulty
 * or offline gate, or while the venue is in an emergency; people may always leave through a gate that is
 * closed or open, and through the open gates of an emergency (their exit is counted, so occupancy stays true
 * during an evacuation).
 */
export function gateLetsThrough(state: GateState, direction: PassageDirection): boolean {
  if (state === 'CLOSED' || state === 'OPEN') return true;
  return direction === 'OUT' && state === 'EMERGENCY_OPEN';
}

/** A closed gate needs a momentary OPEN pulse to let one person through; an open one does not. */
export function needsOpenPulse(state: GateState): boolean {
  return state === 'CLOSED';
}
