import type { QueryResolvers } from '../generated/resolvers.ts';

export const Query: QueryResolvers = {
  venues: (_, args, ctx) => ctx.services.queries.venues(ctx.em, args),
  venue: (_, args, ctx) => ctx.loaders.venue.load(args.id),
  gate: (_, args, ctx) => ctx.loaders.gate.load(args.id),
};
