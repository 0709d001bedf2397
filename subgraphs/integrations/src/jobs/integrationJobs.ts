import type { JobDefinition } from '@attendgate/platform';
import type { IntegrationsServices } from '../services/index.ts';
import { DELIVER_JOB, PULL_RUN_JOB, type DeliverJobData, type PullRunJobData } from './jobNames.ts';

/**
 * The durable jobs. Our own attempts and backoff live in the services (a failed push schedules its next
 * try; a failed pull ends its run), so pg-boss's retries here only cover a worker that crashed mid-job; the
 * handlers are idempotent (a delivered delivery or a finished run is left alone).
 */
export function integrationJobs(services: IntegrationsServices): JobDefinition<object>[] {
  const { config } = services.deps;
  const deliver: JobDefinition<DeliverJobData> = {
    name: DELIVER_JOB,
    handler: (data) => services.pushSync.deliver(data.deliveryId),
    retryLimit: 3,
    retryDelaySeconds: 5,
    concurrency: config.INTEGRATIONS_DELIVERY_CONCURRENCY,
  };
  const pullRun: JobDefinition<PullRunJobData> = {
    name: PULL_RUN_JOB,
    handler: (data) => services.pullSync.execute(data.runId),
    retryLimit: 2,
    retryDelaySeconds: 5,
    expireInSeconds: Math.ceil(config.INTEGRATIONS_RUN_LOCK_MS / 1000),
    concurrency: 2,
  };
  return [deliver, pullRun] as JobDefinition<object>[];
}
