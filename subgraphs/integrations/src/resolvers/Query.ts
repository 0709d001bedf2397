import { callerOf } from '../context.ts';
import { SPECIAL_CASES } from '../domain/specialCases.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { findManaged } from '../services/access.ts';

export const Query: QueryResolvers = {
  integrations: (_, args, ctx) => ctx.services.integrations.list(ctx.em, callerOf(ctx), args),
  integration: (_, { id }, ctx) => ctx.services.integrations.find(ctx.em, callerOf(ctx), id),
  async integrationStatus(_, { integrationId }, ctx) {
    return ctx.services.status(ctx.em, await findManaged(ctx.em, integrationId, callerOf(ctx)));
  },
  mappingSpecialCases: () => Object.entries(SPECIAL_CASES).map(([name, special]) => ({ name, description: special.description })),
};
