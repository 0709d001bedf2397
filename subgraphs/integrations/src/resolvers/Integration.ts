import { AppError } from '@attendgate/platform';
import type { IntegrationResolvers, SyncJobResolvers } from '../generated/resolvers.ts';
import { toEnumValue, type PushEventType } from '../domain/pushEvents.ts';
import { Integration as IntegrationEntity, SyncJob as SyncJobEntity } from '../entities/index.ts';
import { canManage } from '../services/access.ts';

export const Integration: IntegrationResolvers = {
  async __resolveReference(reference, ctx) {
    const integration = await ctx.em.findOne(IntegrationEntity, { id: reference.id, removedAt: null });
    return integration && ctx.auth && canManage(integration, ctx.auth) ? integration : null;
  },
  connection: (integration) => ({ baseUrl: integration.baseUrl, dialect: integration.dialect, authKind: integration.authKind, authHint: integration.authHint ?? null }),
  subscribedEvents: (integration) => (integration.subscribedEvents as PushEventType[]).map(toEnumValue) as never,
  mappingRules: (integration) => integration.mappingRules,
  async syncJob(integration, _args, ctx) {
    const job = await ctx.em.findOne(SyncJobEntity, { integrationId: integration.id });
    if (!job) throw AppError.notFound('The sync job');
    return job;
  },
  status: (integration, _args, ctx) => ctx.services.status(ctx.em, integration),
  deliveries: (integration, args, ctx) => ctx.services.pushSync.list(ctx.em, integration.id, args),
  audience: (integration, args, ctx) => ctx.services.audience.list(ctx.em, integration.id, args),
};

export const SyncJob: SyncJobResolvers = {
  lastRunStatus: (job) => (job.lastRunStatus ?? null) as never,
  runs: (job, args, ctx) => ctx.services.pullSync.runs(ctx.em, job.integrationId, args),
};
