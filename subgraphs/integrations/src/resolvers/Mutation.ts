import { callerOf } from '../context.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';
import { findManaged } from '../services/access.ts';

export const Mutation: MutationResolvers = {
  addIntegration: (_, { input }, ctx) => ctx.services.integrations.add(ctx.em, callerOf(ctx), input),
  configureIntegration: (_, { id, input }, ctx) => ctx.services.integrations.configure(ctx.em, callerOf(ctx), id, input),
  removeIntegration: (_, { id }, ctx) => ctx.services.integrations.remove(ctx.em, callerOf(ctx), id),
  testConnection: (_, { id }, ctx) => ctx.services.testConnection(ctx.em, callerOf(ctx), id),
  syncNow: (_, { integrationId }, ctx) => ctx.services.pullSync.syncNow(ctx.em, callerOf(ctx), integrationId),
  updateSchedule: (_, { integrationId, schedule }, ctx) => ctx.services.pullSync.updateSchedule(ctx.em, callerOf(ctx), integrationId, schedule),
  async replayDeadLetters(_, { integrationId, deliveryIds }, ctx) {
    const integration = await findManaged(ctx.em, integrationId, callerOf(ctx));
    return { replayed: await ctx.services.pushSync.replay(ctx.em, integration.id, deliveryIds) };
  },
};
