import { GATE_STATES } from '@attendgate/platform';

/** A gate's states (the platform's GATE_STATES, shared with the GateStateChanged contract). */
export type GateState = (typeof GATE_STATES)[number];
export { GATE_STATES };

export const GATE_DIRECTIONS = ['IN', 'OUT', 'BOTH'] as const;
export type GateDirection = (typeof GATE_DIRECTIONS)[number];

/** Which way one person went through a gate. */
export type PassageDirection = 'IN' | 'OUT';
