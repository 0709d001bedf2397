import { defineEntity, p } from '@mikro-orm/postgresql';
import { GateSchema } from './Gate.ts';

/**
 * An iBeacon at a gate: its identity (proximity UUID, major, minor; unique, so a heard beacon names one gate)
 * and its calibrated power at 1 m, from which phones' readings become distances. Battery and last-seen come
 * from the gate controller's telemetry (the controller hears its beacons too).
 */
export const BeaconSchema = defineEntity({
  name: 'Beacon',
  tableName: 'beacon',
  properties: {
    id: p.uuid().primary(),
    gate: () => p.manyToOne(GateSchema).deleteRule('cascade'),
    uuid: p.string().length(36),
    major: p.integer(),
    minor: p.integer(),
    txPower: p.integer(),
    batteryPercent: p.integer().nullable(),
    batteryLow: p.boolean().default(false),
    lastSeenAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ name: 'beacon_identity_unique', properties: ['uuid', 'major', 'minor'] }],
  indexes: [{ name: 'beacon_gate_index', properties: ['gate'] }],
});

export class Beacon extends BeaconSchema.class {}
BeaconSchema.setClass(Beacon);
