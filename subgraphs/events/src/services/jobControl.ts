import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppError, ErrorCode, type AuthClaims, type JobQueue, type Logger } from '@attendgate/platform';
import { IMAGE_STATUSES } from '../domain/eventStatus.ts';
import { ACTIVE_JOB_STATUSES, type EventStatus, type JobKind } from '../domain/vocabulary.ts';
import { Event, Job } from '../entities/index.ts';
import { JOB_QUEUES } from '../jobs/jobNames.ts';
import { isUuid, moveTo, requireStatus } from './eventAccess.ts';
import type { JobStore } from './jobStore.ts';
import { jobView } from './jobViews.ts';

/** Who may see a job and retry it: the event's owner, operators and admins. */
export function mayHandleJob(job: { ownerId: string }, actor: AuthClaims | null): boolean {
  return !!actor && (actor.userId === job.ownerId || actor.role === 'OPERATOR' || actor.role === 'ADMIN');
}

export async function jobOf(em: EntityManager, actor: AuthClaims, jobId: string): Promise<Job> {
  const job = isUuid(jobId) ? await em.findOne(Job, jobId) : null;
  if (!job || !mayHandleJob(job, actor)) throw AppError.notFound('The job');
  return job;
}

/** The event statuses in which each kind of job may run again. */
const RETRYABLE_IN: Record<JobKind, readonly EventStatus[]> = {
  AI_RECOMMENDATION: ['DRAFT', 'READY'],
  IMAGE_GENERATION: IMAGE_STATUSES,
  DISTRIBUTION: ['PUBLISHED'],
};

/**
 * retryJob: a DEAD job runs again, with a fresh set of retries: moved back from the dead-letter queue
 * (or sent anew), in the transaction that makes it QUEUED. Only DEAD jobs (others are already running or
 * retrying, or done: INVALID_STATE), and only while the event is where the work makes sense.
 */
export async function retryJob(jobs: JobStore, em: EntityManager, actor: AuthClaims, jobId: string): Promise<Job> {
  const job = await em
    .transactional(async (tx) => {
      const found = isUuid(jobId) ? await tx.findOne(Job, jobId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!found || !mayHandleJob(found, actor)) throw AppError.notFound('The job');
      if (found.status !== 'DEAD') throw new AppError(ErrorCode.INVALID_STATE, `A ${found.status} job cannot be retried; only DEAD ones.`, { state: found.status });
      const event = await tx.findOneOrFail(Event, found.eventId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      requireStatus(event, RETRYABLE_IN[found.kind], 'run this job again');
      const other = await tx.findOne(Job, { eventId: event.id, dedupeKey: found.dedupeKey, status: { $in: [...ACTIVE_JOB_STATUSES] } });
      if (other) throw new AppError(ErrorCode.INVALID_STATE, 'Newer work of this kind is under way for the event.', { state: found.status, jobId: other.id });
      if (found.kind === 'AI_RECOMMENDATION') moveTo(event, 'RECOMMENDING');
      tx.assign(found, {
        status: 'QUEUED', progress: 0, errorCode: null, errorMessage: null, finishedAt: null, nextRetryAt: null,
        maxAttempts: found.attempts + jobs.policy.retryLimit + 1, updatedAt: new Date(),
      });
      await tx.flush();
      await jobs.resend(tx, found);
      return found;
    })
    .catch((error: unknown) => {
      if (error instanceof UniqueConstraintViolationException) throw new AppError(ErrorCode.INVALID_STATE, 'Newer work of this kind is under way for the event.', { state: 'DEAD' });
      throw error;
    });
  await jobs.announceView(jobView(job));
  return job;
}

/**
 * Shows the jobs whose worker died: a RUNNING row whose queue delivery has been failed by the queue's own
 * supervisor (expired) becomes FAILED (a retry is scheduled) or DEAD (no retry left: the dead-letter queue),
 * with errorCode WORKER_LOST. The queue does the retrying; this only keeps what clients see true.
 */
export function createJobSweeper(deps: { orm: { em: { fork(): EntityManager } }; queue: JobQueue; jobs: JobStore; logger: Logger; onDead: Partial<Record<JobKind, (tx: EntityManager, job: Job) => Promise<void>>> }) {
  return async function sweep(): Promise<number> {
    const em = deps.orm.em.fork();
    let changed = 0;
    const running = await em.find(Job, { status: 'RUNNING' }, { limit: 100, orderBy: { updatedAt: 'asc' } });
    for (const job of running) {
      if (!job.deliveryId) continue;
      const delivery = await deps.queue.boss.getJobById(JOB_QUEUES[job.kind], job.deliveryId);
      if (!delivery || (delivery.state !== 'retry' && delivery.state !== 'failed')) continue;
      const dead = delivery.state === 'failed';
      await em.fork().transactional(async (tx) => {
        const current = await tx.findOne(Job, { id: job.id, status: 'RUNNING', deliveryId: job.deliveryId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!current) return;
        tx.assign(current, {
          status: dead ? 'DEAD' : 'FAILED', errorCode: 'WORKER_LOST', errorMessage: 'The worker running the job stopped; the queue retries it.',
          nextRetryAt: dead ? null : delivery.startAfter, finishedAt: dead ? new Date() : null, updatedAt: new Date(),
        });
        if (dead) await deps.onDead[job.kind]?.(tx, current);
        await tx.flush();
        changed++;
      });
      await deps.jobs.announce(em, job.id);
    }
    if (changed) deps.logger.info({ changed }, 'jobs whose worker died were marked');
    return changed;
  };
}
