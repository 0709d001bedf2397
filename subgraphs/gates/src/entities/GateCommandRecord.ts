import { defineEntity, p } from '@mikro-orm/postgresql';
import { GATE_STATES } from '../domain/gateStates.ts';
import { GateSchema } from './Gate.ts';

export const COMMAND_STATUSES = ['SENT', 'ACKNOWLEDGED', 'REJECTED', 'TIMED_OUT', 'FAILED'] as const;

/**
 * An operator's or the system's command to a gate controller (check-in pulses excepted: see
 * services/gateCommands.ts). Settled exactly once by a conditional update from SENT: by the controller's
 * acknowledgement on any replica, or by the deadline (the replica that sent it, or any replica's monitor
 * if that one died).
 */
export const GateCommandRecordSchema = defineEntity({
  name: 'GateCommandRecord',
  tableName: 'gate_command',
  properties: {
    id: p.uuid().primary(),
    gate: () => p.manyToOne(GateSchema).deleteRule('cascade'),
    command: p.string().length(16),
    previousState: p.enum(GATE_STATES),
    targetState: p.enum(GATE_STATES),
    /** The operator; null for the system (emergencies, recovery). */
    issuedBy: p.uuid().nullable(),
    issuedAt: p.datetime(),
    deadlineAt: p.datetime(),
    status: p.enum(COMMAND_STATUSES),
    settledAt: p.datetime().nullable(),
    detail: p.string().length(200).nullable(),
  },
  indexes: [
    { name: 'gate_command_gate_issued_index', properties: ['gate', 'issuedAt'] },
    { name: 'gate_command_overdue_index', properties: ['deadlineAt'], where: "status = 'SENT'" },
  ],
});

export class GateCommandRecord extends GateCommandRecordSchema.class {}
GateCommandRecordSchema.setClass(GateCommandRecord);
