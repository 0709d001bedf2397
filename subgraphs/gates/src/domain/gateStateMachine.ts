import type { GateState } from './gateStates.ts';

/** What an operator can tell a gate to do. */
export const OPERATOR_COMMANDS = ['OPEN', 'CLOSE', 'LOCK', 'UNLOCK'] as const;
export type OperatorCommand = (typeof OPERATOR_COMMANDS)[number];

/** Every command on the wire: the operator's, the check-in's momentary PULSE, and the emergency's. */
export type GateCommand = OperatorCommand | 'PULSE' | 'EMERGENCY_OPEN';

export type Transition = { ok: true; next: GateState } | { ok: false; reason: string };

/**
 * The operator's state machine. A command names the state the gate should reach; the gate is set to it when
 * the command is sent and the controller's acknowledgement confirms it (no acknowledgement within the
 * timeout: FAULT). A FAULT gate accepts OPEN, CLOSE and LOCK, so an operator can try to bring it back; an
 * OFFLINE gate accepts nothing (no one is listening), and an EMERGENCY_OPEN gate nothing until the
 * emergency is cleared (the venue's evacuation wins over any single command).
 */
const TRANSITIONS: Record<GateState, Partial<Record<OperatorCommand, GateState>>> = {
  CLOSED: { OPEN: 'OPEN', LOCK: 'LOCKED' },
  OPEN: { CLOSE: 'CLOSED', LOCK: 'LOCKED' },
  LOCKED: { UNLOCK: 'CLOSED' },
  FAULT: { OPEN: 'OPEN', CLOSE: 'CLOSED', LOCK: 'LOCKED' },
  OFFLINE: {},
  EMERGENCY_OPEN: {},
};

const REFUSALS: Record<GateState, string> = {
  CLOSED: 'The gate is closed: it can be opened or locked.',
  OPEN: 'The gate is open: it can be closed or locked.',
  LOCKED: 'The gate is locked: unlock it first.',
  FAULT: 'The gate is faulty: try to open, close or lock it.',
  OFFLINE: 'The gate is offline: no command reaches it until its controller reports again.',
  EMERGENCY_OPEN: 'The venue is in an emergency: clear the emergency first.',
};

export function transition(state: GateState, command: OperatorCommand): Transition {
  const next = TRANSITIONS[state][command];
  return next ? { ok: true, next } : { ok: false, reason: REFUSALS[state] };
}

/** The state an emergency is cleared back to: what the gate was in, unless that was no operable state. */
export function stateAfterEmergency(before: GateState | null): GateState {
  return before === 'OPEN' || before === 'LOCKED' || before === 'CLOSED' ? before : 'CLOSED';
}

/** The command that brings a controller to a state (restoring after an emergency or a fault). */
export function commandReaching(state: GateState): GateCommand {
  switch (state) {
    case 'OPEN':
      return 'OPEN';
    case 'LOCKED':
      return 'LOCK';
    case 'EMERGENCY_OPEN':
      return 'EMERGENCY_OPEN';
    default:
      return 'CLOSE';
  }
}
