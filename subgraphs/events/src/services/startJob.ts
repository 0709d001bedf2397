import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, type AuthClaims } from '@attendgate/platform';
import { ACTIVE_JOB_STATUSES, type JobKind } from '../domain/vocabulary.ts';
import { Job, type Event } from '../entities/index.ts';
import { eventForActor } from './eventAccess.ts';
import { DuplicateJobError, type JobStore } from './jobStore.ts';
import { jobView } from './jobViews.ts';

export interface JobSpec {
  kind: JobKind;
  dedupeKey: string;
  params?: Record<string, unknown>;
  /** Whether an active job under the same key does the same work (else INVALID_STATE); default yes. */
  sameWork?: (active: Job) => boolean;
  /** False: never join, let `change` decide (approval, where a second approve is refused). Default true. */
  join?: boolean;
}

/**
 * The one way a mutation starts background work: under the event's row lock, either joins the work already
 * under way (a double click gets the same job) or applies `change` (status checks and moves, which may
 * refuse) and writes the job with its queue message in the same transaction. When two requests race past
 * the lock anyway, the partial unique index picks one job and the loser returns it.
 */
export async function startOrJoin(
  jobs: JobStore,
  em: EntityManager,
  actor: AuthClaims,
  eventId: string,
  spec: JobSpec,
  change: (event: Event, tx: EntityManager) => void | Promise<void>,
): Promise<Job> {
  try {
    const { job, created } = await em.transactional(async (tx) => {
      const event = await eventForActor(tx, eventId, actor, { lock: true });
      const active = await tx.findOne(Job, { eventId: event.id, dedupeKey: spec.dedupeKey, status: { $in: [...ACTIVE_JOB_STATUSES] } });
      if (active && spec.join !== false) {
        if (spec.sameWork && !spec.sameWork(active)) {
          throw new AppError(ErrorCode.INVALID_STATE, 'Other work of this kind is under way for the event; wait for its job to finish.', { state: event.status, jobId: active.id });
        }
        return { job: active, created: false };
      }
      await change(event, tx);
      return jobs.enqueue(tx, { event, kind: spec.kind, dedupeKey: spec.dedupeKey, params: spec.params ?? {} });
    });
    if (created) await jobs.announceView(jobView(job));
    return job;
  } catch (error) {
    if (!(error instanceof DuplicateJobError)) throw error;
    const winner = await em.fork().findOne(Job, { eventId, dedupeKey: spec.dedupeKey, status: { $in: [...ACTIVE_JOB_STATUSES] } });
    if (!winner) throw error;
    return winner;
  }
}
