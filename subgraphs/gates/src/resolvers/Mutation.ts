import { AppError } from '@attendgate/platform';
import type { MutationResolvers } from '../generated/resolvers.ts';
import type { GatesContext } from '../context.ts';
import { eventRef } from './views.ts';

/** The signed-in caller (every mutation's rule requires one). */
const caller = (ctx: GatesContext) => ctx.auth!.userId;

async function loaded<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (!found) throw AppError.notFound(what);
  return found;
}

export const Mutation: MutationResolvers = {
  createVenue: (_, { input }, ctx) => ctx.services.venues.createVenue(ctx.em, input),
  registerGate: (_, { input }, ctx) => ctx.services.venues.registerGate(ctx.em, input),
  configureBeacon: (_, { input }, ctx) => ctx.services.venues.configureBeacon(ctx.em, input),
  registerCamera: (_, { input }, ctx) => ctx.services.venues.registerCamera(ctx.em, input),
  addAlertContact: (_, args, ctx) => ctx.services.venues.addAlertContact(ctx.em, args.venueId, args.name, args.phone),
  assignEventToVenue: async (_, args, ctx) => eventRef(await ctx.services.venues.assignEventToVenue(ctx.em, caller(ctx), args.eventId, args.venueId)),
  controlGate: async (_, args, ctx) => ({ commandId: await ctx.services.commands.control(ctx.em, caller(ctx), args.gateId, args.command), gateId: args.gateId }),
  raiseEmergency: async (_, args, ctx) =>
    loaded(ctx.loaders.emergency.load(await ctx.services.emergencies.raise(ctx.em, caller(ctx), args.venueId, args.kind, args.message)), 'The emergency'),
  clearEmergency: async (_, args, ctx) => loaded(ctx.loaders.emergency.load(await ctx.services.emergencies.clear(ctx.em, caller(ctx), args.venueId)), 'The emergency'),
  issueEntryPass: (_, args, ctx) => ctx.services.credentials.issueEntryPass(ctx.em, caller(ctx), ctx.clientAddress, args.eventId, args.entryNumber, args.phone),
  issueTicket: (_, args, ctx) => ctx.services.credentials.issueTicket(ctx.em, caller(ctx), args.eventId, args.label),
  revokeTicket: async (_, args, ctx) => loaded(ctx.loaders.ticket.load(await ctx.services.credentials.revokeTicket(ctx.em, args.ticketId)), 'The ticket'),
  checkIn: (_, { input }, ctx) => ctx.services.checkIn.checkIn(ctx.em, caller(ctx), input),
  admitManually: (_, args, ctx) => ctx.services.checkIn.admitManually(ctx.em, caller(ctx), args),
};
