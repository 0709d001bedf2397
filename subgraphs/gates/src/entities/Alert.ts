import { defineEntity, p } from '@mikro-orm/postgresql';
import { VenueSchema } from './Venue.ts';

export const ALERT_KINDS = ['EMERGENCY', 'LOW_BATTERY', 'TAMPER', 'GATE_FAULT', 'GATE_OFFLINE', 'CAMERA_OFFLINE'] as const;

/**
 * Something operators must see: shown on the live dashboard while open, and sent to them (push; SMS too for
 * emergencies). `subject` names what it is about (`gate:<id>`, `beacon:<id>`, `emergency:<id>`); one open
 * alert per kind and subject (a partial unique index), so repeated readings of a low battery raise one alert.
 */
export const AlertSchema = defineEntity({
  name: 'Alert',
  tableName: 'alert',
  properties: {
    id: p.uuid().primary(),
    venue: () => p.manyToOne(VenueSchema).deleteRule('cascade'),
    gateId: p.uuid().nullable(),
    kind: p.enum(ALERT_KINDS),
    subject: p.string().length(80),
    message: p.string().length(500),
    raisedAt: p.datetime(),
    resolvedAt: p.datetime().nullable(),
  },
  uniques: [{ name: 'alert_one_open_per_subject', properties: ['kind', 'subject'], where: 'resolved_at is null' }],
  indexes: [{ name: 'alert_venue_open_index', properties: ['venue', 'raisedAt'], where: 'resolved_at is null' }],
});

export class Alert extends AlertSchema.class {}
AlertSchema.setClass(Alert);
