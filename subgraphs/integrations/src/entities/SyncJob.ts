import { defineEntity, p } from '@mikro-orm/postgresql';

export const SYNC_JOB_STATUSES = ['IDLE', 'RUNNING', 'FAILED', 'DISABLED'] as const;

/**
 * The pull sync of one integration (seed 001's SyncJob): its cron schedule, when it last ran and will run
 * next, and the cursor (what the external system gave us last) that the next run continues from.
 *
 * `runningRunId` with `lockedUntil` is the lock that keeps a sync from overlapping itself: a run starts only
 * through a conditional update that finds no live lock, so two schedulers, or a scheduler and `syncNow`,
 * cannot both start one. A lock past `lockedUntil` belonged to a process that died and may be taken over.
 */
export const SyncJobSchema = defineEntity({
  name: 'SyncJob',
  tableName: 'sync_job',
  properties: {
    integrationId: p.uuid().primary(),
    schedule: p.string().length(100).nullable(),
    status: p.enum(SYNC_JOB_STATUSES),
    cursor: p.text().nullable(),
    nextRunAt: p.datetime().nullable(),
    lastRunAt: p.datetime().nullable(),
    lastRunStatus: p.string().length(16).nullable(),
    runningRunId: p.uuid().nullable(),
    lockedUntil: p.datetime().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ name: 'sync_job_next_run_at_index', properties: ['nextRunAt'] }],
});

export class SyncJob extends SyncJobSchema.class {}
SyncJobSchema.setClass(SyncJob);
