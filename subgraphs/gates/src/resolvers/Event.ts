import type { EventAttendanceResolvers, EventResolvers } from '../generated/resolvers.ts';

/** Event is the events subgraph's; this subgraph resolves any id to a reference and adds its fields. */
export const Event: EventResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  venue: async (event, _, ctx) => {
    const record = await ctx.loaders.event.load(event.id);
    return record?.venue ? ctx.loaders.venue.load(record.venue.id) : null;
  },
  gates: async (event, args, ctx) => {
    const record = await ctx.loaders.event.load(event.id);
    return record?.venue ? ctx.services.queries.gatesOfVenue(ctx.em, record.venue.id, args) : null;
  },
  attendance: (event) => ({ id: event.id }),
};

export const EventAttendance: EventAttendanceResolvers = {
  admitted: async (event, _, ctx) => (await ctx.services.queries.attendanceCounts(ctx.em, event.id)).admitted,
  inside: async (event, _, ctx) => (await ctx.services.queries.attendanceCounts(ctx.em, event.id)).inside,
  passages: (event, args, ctx) => ctx.services.queries.attendanceOfEvent(ctx.em, event.id, args),
};
