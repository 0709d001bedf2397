import type { VenueResolvers } from '../generated/resolvers.ts';
import { eventRef } from './views.ts';

export const Venue: VenueResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.venue.load(reference.id),
  occupancy: (venue, _, ctx) => ctx.loaders.occupancy.load(venue.id),
  centre: (venue) => ({ lat: Number(venue.centreLat), lng: Number(venue.centreLng) }),
  radiusMeters: (venue) => Number(venue.radiusMeters),
  gates: (venue, args, ctx) => ctx.services.queries.gatesOfVenue(ctx.em, venue.id, args),
  activeEmergency: (venue, _, ctx) => ctx.loaders.activeEmergencyByVenue.load(venue.id),
  openAlerts: (venue, args, ctx) => ctx.services.queries.openAlerts(ctx.em, venue.id, args.first),
  alertContacts: (venue, _, ctx) => ctx.loaders.contactsByVenue.load(venue.id),
  events: async (venue, _, ctx) => (await ctx.loaders.eventsByVenue.load(venue.id)).map((event) => eventRef(event.id)),
};
