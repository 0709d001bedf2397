import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A place with gates: its geofence (a circle: centre and radius) and its capacity. How many people are inside
 * (admissions minus exits through gates that count) is kept in its occupancy slots (OccupancySlot.ts).
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
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ name: 'venue_name_unique', properties: ['name'] }],
});

export class Venue extends VenueSchema.class {}
VenueSchema.setClass(Venue);
