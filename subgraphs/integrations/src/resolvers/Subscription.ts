import { AppError } from '@attendgate/platform';
import { callerOf, type IntegrationsContext } from '../context.ts';
import { SyncJob } from '../entities/index.ts';
import type { SubscriptionResolvers } from '../generated/resolvers.ts';
import { findManaged } from '../services/access.ts';
import type { SyncJobTrigger } from '../services/syncUpdates.ts';

export const Subscription: SubscriptionResolvers = {
  syncJobUpdated: {
    async subscribe(_, { integrationId }, ctx) {
      const integration = await findManaged(ctx.em, integrationId, callerOf(ctx));
      return ctx.services.updates.stream(integration.id) as never;
    },
    // Each message reads the job's current state with a fresh EntityManager: a subscription lives for hours.
    async resolve(trigger: SyncJobTrigger, _args: unknown, ctx: IntegrationsContext) {
      ctx.em = ctx.services.deps.orm.em.fork();
      const job = await ctx.em.findOne(SyncJob, { integrationId: trigger.integrationId });
      if (!job) throw AppError.notFound('The sync job');
      return job;
    },
  },
};
