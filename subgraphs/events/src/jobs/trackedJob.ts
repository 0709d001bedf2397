import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@attendgate/platform';
import type { JobKind } from '../domain/vocabulary.ts';
import type { Job } from '../entities/index.ts';
import type { JobStore } from '../services/jobStore.ts';
import type { JobView } from '../services/jobViews.ts';
import { JOB_QUEUES, type TrackedJobData } from './jobNames.ts';

/** What a job's work receives for one run. */
export interface JobRun {
  job: JobView;
  /** The queue delivery; pass it to every state change so only this run's writes count. */
  deliveryId: string;
  /** Reports progress (0-100) to the job row and its subscribers. */
  progress(percent: number): Promise<void>;
  em: EntityManager;
}

/**
 * The worker of one kind of tracked job: claims the `job` row (a finished job or a stray delivery is
 * acknowledged without running), runs the work, and on failure records FAILED (or DEAD after the last
 * retry, with `onDead`'s effect) before rethrowing so the queue retries with backoff or dead-letters it.
 * The work must commit its effects together with `jobs.succeed`, which makes a crashed and resumed run
 * apply them exactly once.
 */
export function trackedJob(deps: {
  orm: MikroORM;
  jobs: JobStore;
  kind: JobKind;
  concurrency: number;
  work: (run: JobRun) => Promise<void>;
  onDead?: (tx: EntityManager, job: Job) => Promise<void>;
}): JobDefinition<TrackedJobData> {
  const { orm, jobs, kind } = deps;
  return {
    name: JOB_QUEUES[kind],
    retryLimit: jobs.policy.retryLimit,
    retryDelaySeconds: Math.max(1, Math.round(jobs.policy.retryDelayMs / 1000)),
    expireInSeconds: jobs.policy.expireInSeconds[kind],
    concurrency: deps.concurrency,
    handler: async ({ jobId }, delivery) => {
      const em = orm.em.fork();
      const job = await jobs.begin(em, jobId, delivery.id);
      if (!job) return;
      try {
        await deps.work({ job, deliveryId: delivery.id, em, progress: (percent) => jobs.progress(em, jobId, delivery.id, percent) });
      } catch (error) {
        await jobs.fail(em, jobId, delivery.id, error, delivery.retryCount, deps.onDead);
        throw error;
      }
      await jobs.announce(em, jobId);
    },
  };
}
