import { defineEntity, p } from '@mikro-orm/postgresql';
import { CREDENTIAL_KINDS } from './Attendance.ts';

/**
 * Whether a credential is inside its event's venue. The primary key makes "admit this credential" a single
 * conditional upsert (`… on conflict do update … where not inside`): of two concurrent admissions of one
 * credential exactly one finds it outside, the other is ALREADY_CHECKED_IN.
 */
export const PresenceSchema = defineEntity({
  name: 'Presence',
  tableName: 'presence',
  properties: {
    eventId: p.uuid().primary(),
    credentialId: p.uuid().primary(),
    credentialKind: p.enum(CREDENTIAL_KINDS),
    venueId: p.uuid(),
    inside: p.boolean(),
    /** Whether the admission counted towards occupancy (a non-counting gate's did not; its exit must not either). */
    counted: p.boolean(),
    firstAdmittedAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [{ name: 'presence_event_inside_index', properties: ['eventId', 'inside'] }],
});

export class Presence extends PresenceSchema.class {}
PresenceSchema.setClass(Presence);
