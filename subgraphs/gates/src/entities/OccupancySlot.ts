import { defineEntity, p } from '@mikro-orm/postgresql';
import { VenueSchema } from './Venue.ts';

/**
 * One share of a venue's occupancy counter. A venue's capacity is split over a few slots (capacities summing
 * to the venue's) and each admission takes a place in a slot that has one, by one conditional UPDATE on a
 * slot row locked with `skip locked`; each exit gives one back. The venue's occupancy is the sum.
 *
 * Why not one counter row: every check-in of a venue would then wait for the previous one's row lock until
 * its commit (and its WAL flush): one venue could not admit more people per second than the database makes
 * commits one after another. With slots, concurrent check-ins lock different rows and commit together, and
 * the guard stays exact: a slot never exceeds its own capacity, so the sum never exceeds the venue's, and a
 * check-in is refused only when no slot has room (services/occupancy.ts).
 */
export const OccupancySlotSchema = defineEntity({
  name: 'OccupancySlot',
  tableName: 'occupancy_slot',
  properties: {
    venue: () => p.manyToOne(VenueSchema).deleteRule('cascade').primary(),
    slot: p.integer().primary(),
    occupancy: p.integer().default(0),
    capacity: p.integer(),
  },
  checks: [{ name: 'occupancy_slot_within_capacity', expression: 'occupancy >= 0 and occupancy <= capacity' }],
});

export class OccupancySlot extends OccupancySlotSchema.class {}
OccupancySlotSchema.setClass(OccupancySlot);
