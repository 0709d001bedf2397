import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A place with gates: its geofence (a circle: centre and radius) and its capacity. `occupancy` is the number
 * of people inside (admissions minus exits through gates that count), changed only by one conditional UPDATE
 * per passage (`occupancy < capacity`), so concurrent check-ins can never push it past capacity.
 */
export const VenueSchema = defineEntity({
  name: 'Venue',
  tableName: 'venue',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(100),
    address: p.string().length(300),
    centreLat: p.double(),
    centreLng: p.double(),
    radiusMeters: p.double(),
    capacity: p.integer(),
    occupancy: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ name: 'venue_name_unique', properties: ['name'] }],
  checks: [{ name: 'venue_occupancy_not_negative', expression: 'occupancy >= 0' }],
});

export class Venue extends VenueSchema.class {}
VenueSchema.setClass(Venue);
