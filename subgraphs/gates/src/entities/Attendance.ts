import { defineEntity, p } from '@mikro-orm/postgresql';

export const CREDENTIAL_KINDS = ['PARTICIPANT', 'TICKET'] as const;
export const CHECK_IN_METHODS = ['PROXIMITY', 'MANUAL'] as const;
export const PASSAGE_DIRECTIONS = ['IN', 'OUT'] as const;

/**
 * One passage of one credential through one gate for one event (in or out). Written in the transaction that
 * admits it, with the CheckedIn event; never changed. Columns are plain ids (not relations) because this is
 * the table check-ins append to at hundreds per second: one insert, no joins.
 */
export const AttendanceSchema = defineEntity({
  name: 'Attendance',
  tableName: 'attendance',
  properties: {
    id: p.uuid().primary(),
    eventId: p.uuid(),
    venueId: p.uuid(),
    gateId: p.uuid(),
    credentialKind: p.enum(CREDENTIAL_KINDS),
    /** The participation id (PARTICIPANT) or the ticket id (TICKET). */
    credentialId: p.uuid(),
    direction: p.enum(PASSAGE_DIRECTIONS),
    method: p.enum(CHECK_IN_METHODS),
    /** Who presented the pass (the signed-in app user), or the operator of a manual admission. */
    userId: p.uuid(),
    checkedInAt: p.datetime(),
  },
  indexes: [{ name: 'attendance_event_time_index', properties: ['eventId', 'checkedInAt', 'id'] }],
});

export class Attendance extends AttendanceSchema.class {}
AttendanceSchema.setClass(Attendance);
