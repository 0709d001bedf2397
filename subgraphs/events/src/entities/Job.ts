import { defineEntity, p } from '@mikro-orm/postgresql';
import { JOB_KINDS, JOB_STATUSES } from '../domain/vocabulary.ts';

/**
 * A background job as clients see it: status, progress, attempts, error and result. pg-boss delivers the
 * work (its job carries this row's id); this row is what `job(id)` and `jobUpdated` show, and what makes a
 * redelivered or duplicate run harmless (a SUCCEEDED job is never run again).
 *
 * `dedupeKey` names the work ("ai", "images", "distribution", "distribution:INSTAGRAM"): a partial unique
 * index allows one active job per event and key, which is what turns a double click into one job even when
 * two requests race.
 */
export const JobSchema = defineEntity({
  name: 'Job',
  tableName: 'job',
  properties: {
    id: p.uuid().primary(),
    eventId: p.uuid(),
    /** The event's owner, copied so permission checks need no join. */
    ownerId: p.uuid(),
    kind: p.enum(JOB_KINDS),
    dedupeKey: p.string().length(64),
    status: p.enum(JOB_STATUSES),
    progress: p.integer(),
    attempts: p.integer(),
    maxAttempts: p.integer(),
    errorCode: p.string().length(64).nullable(),
    errorMessage: p.string().length(500).nullable(),
    /** What to do (image style and formats, channels). */
    params: p.json<Record<string, unknown>>(),
    /** What came out (ids of plans, images or channel rows, and where plans came from). */
    result: p.json<Record<string, unknown>>().nullable(),
    nextRetryAt: p.datetime().nullable(),
    /**
     * The queue delivery running it: a crashed run is resumed only by the queue's retry of the same
     * delivery, so a stray duplicate delivery can never run beside a live one.
     */
    deliveryId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    startedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [
    { name: 'job_event_created_index', properties: ['eventId', 'createdAt', 'id'] },
    { name: 'job_status_index', properties: ['status', 'updatedAt'] },
  ],
});

export class Job extends JobSchema.class {}
JobSchema.setClass(Job);
