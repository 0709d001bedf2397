import { defineEntity, p } from '@mikro-orm/postgresql';
import { GATE_DIRECTIONS, GATE_STATES } from '../domain/gateStates.ts';
import { VenueSchema } from './Venue.ts';

/**
 * A physical gate (turnstile or door) of a venue, driven by a gate controller over MQTT. `state` is the state
 * last commanded or reported (see domain/gateStateMachine.ts); `pendingCommandId` the operator command awaiting
 * the controller's acknowledgement. The sensor columns hold the controller's latest telemetry.
 */
export const GateSchema = defineEntity({
  name: 'Gate',
  tableName: 'gate',
  properties: {
    id: p.uuid().primary(),
    venue: () => p.manyToOne(VenueSchema).deleteRule('cascade'),
    name: p.string().length(100),
    /** Where it is: coordinates when known, and words ("north entrance, lane 2"). */
    positionLat: p.double().nullable(),
    positionLng: p.double().nullable(),
    positionLabel: p.string().length(100).nullable(),
    direction: p.enum(GATE_DIRECTIONS),
    /** Whether passages through it change the venue's occupancy (a staff door may not). */
    countsOccupancy: p.boolean().default(true),
    /** Largest estimated beacon distance at which a phone is at this gate. */
    rangeMeters: p.double(),
    state: p.enum(GATE_STATES),
    stateChangedAt: p.datetime(),
    /** The state an emergency found it in, restored when the emergency is cleared. */
    stateBeforeEmergency: p.enum(GATE_STATES).nullable(),
    pendingCommandId: p.uuid().nullable(),
    lastHeartbeatAt: p.datetime().nullable(),
    doorOpen: p.boolean().nullable(),
    batteryPercent: p.integer().nullable(),
    batteryLow: p.boolean().default(false),
    tamper: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'gate_venue_name_unique', properties: ['venue', 'name'] }],
  indexes: [{ name: 'gate_state_heartbeat_index', properties: ['state', 'lastHeartbeatAt'] }],
});

export class Gate extends GateSchema.class {}
GateSchema.setClass(Gate);
