import { sqlQuery } from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SyncRun, type Integration } from '../entities/index.ts';
import type { Adapters } from './adapters.ts';
import type { Audience } from './audience.ts';
import type { IntegrationHealth, IntegrationStatusView } from './views.ts';

/** integrationStatus: counts in one statement, the last run, the breaker of this process, the last test. */
export function createStatus(collaborators: { adapters: Adapters; audience: Audience }) {
  return async function statusOf(em: EntityManager, integration: Integration): Promise<IntegrationStatusView> {
    const [[counts], lastRun, audienceSize] = await Promise.all([
      sqlQuery<{ pending: number; dead: number; delivered: number; last_delivered_at: string | null }>(em, `select
          count(*) filter (where status = 'PENDING')::int as pending,
          count(*) filter (where status = 'DEAD')::int as dead,
          count(*) filter (where status = 'DELIVERED')::int as delivered,
          max(delivered_at) as last_delivered_at
        from integrations.delivery where integration_id = $1`, [integration.id]),
      em.findOne(SyncRun, { integrationId: integration.id }, { orderBy: { startedAt: 'desc', id: 'desc' } }),
      collaborators.audience.count(em, integration.id),
    ]);
    const circuit = collaborators.adapters.circuitOf(integration.id);
    const testFailed = integration.lastTestCode !== null && integration.lastTestCode !== 'OK';
    const health: IntegrationHealth = counts!.dead > 0 || lastRun?.status === 'FAILED' || circuit === 'open' || testFailed ? 'FAILING'
      : counts!.pending > 0 || lastRun?.status === 'PARTIAL' ? 'DEGRADED' : 'HEALTHY';
    return {
      integrationId: integration.id, health, circuit,
      pendingDeliveries: counts!.pending, deadLetters: counts!.dead, deliveredCount: counts!.delivered,
      lastDeliveredAt: counts!.last_delivered_at ? new Date(counts!.last_delivered_at) : null,
      audienceSize, lastRun: lastRun ?? null,
      lastTestedAt: integration.lastTestedAt ?? null, lastTestCode: integration.lastTestCode ?? null,
    };
  };
}
