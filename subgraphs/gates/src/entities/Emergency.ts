import { defineEntity, p } from '@mikro-orm/postgresql';
import { VenueSchema } from './Venue.ts';

export const EMERGENCY_KINDS = ['FIRE', 'EVACUATION', 'MEDICAL', 'SECURITY', 'OTHER'] as const;

/**
 * An emergency at a venue. At most one is active per venue (a partial unique index), so two operators
 * raising one at the same moment produce one emergency, and the second is told it is already raised.
 */
export const EmergencySchema = defineEntity({
  name: 'Emergency',
  tableName: 'emergency',
  properties: {
    id: p.uuid().primary(),
    venue: () => p.manyToOne(VenueSchema).deleteRule('cascade'),
    kind: p.enum(EMERGENCY_KINDS),
    message: p.string().length(500),
    raisedBy: p.uuid(),
    raisedAt: p.datetime(),
    clearedBy: p.uuid().nullable(),
    clearedAt: p.datetime().nullable(),
  },
  uniques: [{ name: 'emergency_one_active_per_venue', properties: ['venue'], where: 'cleared_at is null' }],
});

export class Emergency extends EmergencySchema.class {}
EmergencySchema.setClass(Emergency);
