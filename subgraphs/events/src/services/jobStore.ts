import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isShortCircuit, UpstreamError, type EventBus, type JobQueue, type Logger } from '@attendgate/platform';
import { isLastAttempt, nextRetryDelayMs } from '../domain/jobAttempts.ts';
import type { JobKind } from '../domain/vocabulary.ts';
import { Job, type Event } from '../entities/index.ts';
import { JOB_QUEUES, type TrackedJobData } from '../jobs/jobNames.ts';
import { jobTopic, jobView, type JobView } from './jobViews.ts';

/** How each kind of job retries and how long one run may take before the queue calls its worker dead. */
export interface JobPolicy {
  retryLimit: number;
  retryDelayMs: number;
  expireInSeconds: Record<JobKind, number>;
}

export interface JobStore {
  /**
   * Starts work on an event inside the caller's transaction (which must hold the event's row lock): the
   * `job` row and its queue message are written together, so the job exists if and only if the change that
   * caused it commits. The caller has checked that no work is under way under the same key (startOrJoin);
   * a race past that check is refused by the partial unique index (DuplicateJobError). Flushes the caller's
   * pending changes with the job's insert, in one round trip.
   */
  enqueue(tx: EntityManager, input: { event: Event; kind: JobKind; dedupeKey: string; params: Record<string, unknown> }): Promise<{ job: Job; created: boolean }>;
  /** Sends the job again (retryJob): a fresh delivery unless the dead letter could be moved back. */
  resend(tx: EntityManager, job: Job): Promise<void>;
  /**
   * Claims a job for a run (QUEUED or FAILED → RUNNING, attempts + 1). A RUNNING job is taken over only by
   * the queue's retry of the same delivery (its worker died); SUCCEEDED or DEAD jobs, and stray duplicate
   * deliveries, give null: nothing to do.
   */
  begin(em: EntityManager, jobId: string, deliveryId: string): Promise<JobView | null>;
  progress(em: EntityManager, jobId: string, deliveryId: string, progress: number): Promise<void>;
  /**
   * Marks the run SUCCEEDED inside the transaction that writes its effects, if it is still this delivery's
   * run (so a duplicate can never apply the effects twice). False: someone else finished it.
   */
  succeed(tx: EntityManager, jobId: string, deliveryId: string, result: Record<string, unknown>): Promise<boolean>;
  /** Records a failed run: FAILED with the next retry's earliest time, or DEAD after the last one. */
  fail(em: EntityManager, jobId: string, deliveryId: string, error: unknown, retriesSoFar: number, onDead?: (tx: EntityManager, job: Job) => Promise<void>): Promise<void>;
  /** Sends the job's current state to its subscribers (after the change committed). */
  announce(em: EntityManager, jobId: string): Promise<void>;
  announceView(view: JobView): Promise<void>;
  readonly policy: JobPolicy;
}

/** Error codes a job records (Job.errorCode): stable, for clients to branch on. */
export function jobErrorCode(error: unknown): string {
  if (isShortCircuit(error) || error instanceof UpstreamError) return 'UPSTREAM_UNAVAILABLE';
  return 'INTERNAL_SERVER_ERROR';
}

/** A message a client may see: an upstream's own words stay in the logs. */
function jobErrorMessage(error: unknown): string {
  if (isShortCircuit(error)) return 'The external service is unavailable (circuit open); the job will try again.';
  if (error instanceof UpstreamError) return `The external service ${error.system} did not answer usably.`;
  return 'The job failed unexpectedly; see the logs.';
}

export function createJobStore(deps: { queue: JobQueue; bus: EventBus; logger: Logger; policy: JobPolicy }): JobStore {
  const { queue, bus, logger, policy } = deps;
  const sendOptions = (kind: JobKind, id?: string) => ({
    ...(id ? { id } : {}),
    retryLimit: policy.retryLimit,
    retryDelay: Math.max(1, Math.round(policy.retryDelayMs / 1000)),
    retryBackoff: true,
    expireInSeconds: policy.expireInSeconds[kind],
  });

  async function announceView(view: JobView) {
    try {
      await bus.publish(jobTopic(view.id), view);
    } catch (error) {
      // Live updates are best effort (at most once); the next update or a re-subscribe carries the state.
      logger.warn({ err: error, jobId: view.id }, 'could not announce a job update');
    }
  }

  const store: JobStore = {
    policy,
    async enqueue(tx, { event, kind, dedupeKey, params }) {
      const now = new Date();
      const job = tx.create(Job, {
        id: randomUUID(), eventId: event.id, ownerId: event.ownerId, kind, dedupeKey, status: 'QUEUED', progress: 0, attempts: 0,
        maxAttempts: policy.retryLimit + 1, params, createdAt: now, updatedAt: now,
      });
      try {
        await tx.flush();
      } catch (error) {
        // The partial unique index settled a race the event lock did not cover: the other request's job stands.
        if (error instanceof UniqueConstraintViolationException) throw new DuplicateJobError();
        throw error;
      }
      await queue.sendInTransaction<TrackedJobData>(tx, JOB_QUEUES[kind], { jobId: job.id }, sendOptions(kind, job.id));
      return { job, created: true };
    },
    async resend(tx, job) {
      const moved = await queue.redriveDeadLetters(JOB_QUEUES[job.kind], { data: { jobId: job.id }, em: tx });
      if (!moved) await queue.sendInTransaction<TrackedJobData>(tx, JOB_QUEUES[job.kind], { jobId: job.id }, sendOptions(job.kind));
    },
    async begin(em, jobId, deliveryId) {
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `update events.job set status = 'RUNNING', attempts = attempts + 1, delivery_id = ?, started_at = now(), next_retry_at = null,
           error_code = null, error_message = null, updated_at = now()
         where id = ? and (status in ('QUEUED', 'FAILED') or (status = 'RUNNING' and delivery_id = ?))
         returning id`,
        [deliveryId, jobId, deliveryId],
      );
      if (!rows.length) return null;
      const job = await em.fork().findOneOrFail(Job, jobId);
      const view = jobView(job);
      await announceView(view);
      return view;
    },
    async progress(em, jobId, deliveryId, progress) {
      await em.getConnection().execute(
        `update events.job set progress = greatest(progress, ?), updated_at = now() where id = ? and status = 'RUNNING' and delivery_id = ?`,
        [progress, jobId, deliveryId],
      );
      await store.announce(em, jobId);
    },
    async succeed(tx, jobId, deliveryId, result) {
      const updated = await tx.nativeUpdate(
        Job,
        { id: jobId, status: 'RUNNING', deliveryId },
        { status: 'SUCCEEDED', progress: 100, result, finishedAt: new Date(), nextRetryAt: null, errorCode: null, errorMessage: null, updatedAt: new Date() },
      );
      return updated === 1;
    },
    async fail(em, jobId, deliveryId, error, retriesSoFar, onDead) {
      const last = isLastAttempt(retriesSoFar, policy.retryLimit);
      await em.fork().transactional(async (tx) => {
        const job = await tx.findOne(Job, { id: jobId, status: 'RUNNING', deliveryId });
        if (!job) return;
        job.errorCode = jobErrorCode(error);
        job.errorMessage = jobErrorMessage(error);
        job.updatedAt = new Date();
        if (last) {
          job.status = 'DEAD';
          job.finishedAt = new Date();
          job.nextRetryAt = null;
          await onDead?.(tx, job);
        } else {
          job.status = 'FAILED';
          job.nextRetryAt = new Date(Date.now() + nextRetryDelayMs(Math.max(1_000, policy.retryDelayMs), retriesSoFar));
        }
      });
      await store.announce(em, jobId);
    },
    async announce(em, jobId) {
      const job = await em.fork().findOne(Job, jobId);
      if (job) await announceView(jobView(job));
    },
    announceView,
  };
  return store;
}

/** Two requests raced to start the same work; the loser re-reads and returns the winner's job. */
export class DuplicateJobError extends Error {
  constructor() {
    super('another request started the same job');
    this.name = 'DuplicateJobError';
  }
}
