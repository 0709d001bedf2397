import { defineEntity, p } from '@mikro-orm/postgresql';

export const SYNC_RUN_STATUSES = ['RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED'] as const;
export const SYNC_RUN_TRIGGERS = ['SCHEDULE', 'MANUAL'] as const;

/** One pull run: when, why, how many records were read, written and refused, and what went wrong. */
export const SyncRunSchema = defineEntity({
  name: 'SyncRun',
  tableName: 'sync_run',
  properties: {
    id: p.uuid().primary(),
    integrationId: p.uuid(),
    trigger: p.enum(SYNC_RUN_TRIGGERS),
    status: p.enum(SYNC_RUN_STATUSES),
    startedAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
    recordsRead: p.integer().default(0),
    recordsWritten: p.integer().default(0),
    recordsFailed: p.integer().default(0),
    /** The first failures (code and reason per record, or the error that stopped the run), for the owner. */
    errorSummary: p.text().nullable(),
    errorCode: p.string().length(40).nullable(),
  },
  // The database's own guarantee that a sync never overlaps itself (the job's lock is the first line).
  uniques: [{ name: 'sync_run_one_running_per_integration', properties: ['integrationId'], where: `status = 'RUNNING'` }],
  indexes: [{ name: 'sync_run_integration_id_started_at_index', properties: ['integrationId', 'startedAt', 'id'] }],
});

export class SyncRun extends SyncRunSchema.class {}
SyncRunSchema.setClass(SyncRun);
