import { AppError, ErrorCode, sqlQuery, timeOrderedPage, type AuthClaims, type PageArgs } from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { AUDIENCE_RECORD_SCHEMA, type AudienceRecord } from '../domain/audienceRecord.ts';
import { pulls } from '../domain/integrationRules.ts';
import { schemaViolation } from '../domain/jsonSchemas.ts';
import { parseRuleSet } from '../domain/mappingRules.ts';
import { transformRecord } from '../domain/transformRecord.ts';
import { Integration, SyncJob, SyncRun } from '../entities/index.ts';
import { PULL_RUN_JOB, type PullRunJobData } from '../jobs/jobNames.ts';
import { findManaged } from './access.ts';
import type { Adapters } from './adapters.ts';
import type { Audience } from './audience.ts';
import type { ManualCallLimit } from './manualCallLimit.ts';
import type { IntegrationsDeps } from './deps.ts';
import type { Schedules } from './schedules.ts';
import type { SyncUpdates } from './syncUpdates.ts';

const RUN_PAGES = { defaultSize: 20, maxSize: 100 };
/** Refused records named in a run's error summary; the counts say how many there were in all. */
const SUMMARY_FAILURES = 10;
const MAX_SUMMARY_LENGTH = 2000;
/** Scheduled runs started per scheduler tick, so one tick stays short however many jobs are due. */
const DUE_PER_TICK = 20;

type Trigger = 'SCHEDULE' | 'MANUAL';

/** A run whose lock another run took over (it outlived `INTEGRATIONS_RUN_LOCK_MS`) stops writing. */
class LockLost extends Error {}

/** The audience table's limit on a system's record id. */
const MAX_EXTERNAL_ID_LENGTH = 200;
const validExternalId = (id: unknown) => typeof id === 'string' && id.length > 0 && id.length <= MAX_EXTERNAL_ID_LENGTH;

/**
 * Pull sync (seed 001: 풀 동기화, schedule-driven): on the cron schedule or `syncNow`, read the records changed
 * since the stored cursor page by page, check each against the pull rules and the audience schema,
 * transform, upsert, and store the cursor the system gave for that page in the same transaction as its
 * records. The cursor thus only moves past records that are written; a run that fails keeps everything up to
 * its last good page and the next run continues from there. Refused records are counted and named (id and
 * reason, never their content) and do not stop the run.
 *
 * A run never overlaps itself: it starts only by locking the sync job's row and finding no live run
 * (a partial unique index on running runs backs it up). A lock past its expiry was left by a dead process;
 * the next start marks that run FAILED and takes over.
 */
export function createPullSync(
  deps: IntegrationsDeps,
  collaborators: { adapters: Adapters; schedules: Schedules; updates: SyncUpdates; audience: Audience; manualCalls: ManualCallLimit },
) {
  const { adapters, schedules, updates, audience, manualCalls } = collaborators;
  const { config } = deps;

  /** Starts a run if none is live; answers it, or null (a run is in progress, or the job does not pull). */
  async function start(integrationId: string, trigger: Trigger): Promise<SyncRun | null> {
    const run = await deps.orm.em.fork().transactional(async (tx) => {
      const [job] = await sqlQuery<{ status: string; schedule: string | null; running_run_id: string | null; locked_until: string | null }>(
        tx, 'select status, schedule, running_run_id, locked_until from integrations.sync_job where integration_id = $1 for update', [integrationId],
      );
      if (!job || job.status === 'DISABLED') return null;
      const now = new Date();
      const nextRunAt = trigger === 'SCHEDULE' && job.schedule ? schedules.nextRun(job.schedule, now) : undefined;
      const live = job.status === 'RUNNING' && job.locked_until !== null && new Date(job.locked_until) > now;
      if (live) {
        // A due schedule that finds its previous run still going skips this slot instead of piling up.
        if (nextRunAt) await tx.nativeUpdate(SyncJob, { integrationId }, { nextRunAt });
        return null;
      }
      if (job.status === 'RUNNING' && job.running_run_id) {
        await tx.nativeUpdate(SyncRun, { id: job.running_run_id, status: 'RUNNING' }, {
          status: 'FAILED', finishedAt: now, errorCode: ErrorCode.INTERNAL_SERVER_ERROR, errorSummary: 'The run was abandoned (its worker stopped); a later run took over.',
        });
      }
      const created = tx.create(SyncRun, { id: randomUUID(), integrationId, trigger, status: 'RUNNING', startedAt: now });
      await tx.flush();
      await tx.nativeUpdate(SyncJob, { integrationId }, {
        status: 'RUNNING', runningRunId: created.id, lockedUntil: new Date(now.getTime() + config.INTEGRATIONS_RUN_LOCK_MS), updatedAt: now,
        ...(nextRunAt ? { nextRunAt } : {}),
      });
      await deps.queue.sendInTransaction<PullRunJobData>(tx, PULL_RUN_JOB, { runId: created.id });
      return created;
    });
    if (run) updates.changed(integrationId);
    return run;
  }

  async function finish(integrationId: string, runId: string, outcome: { status: 'SUCCEEDED' | 'PARTIAL' | 'FAILED'; errorCode: string | null; errorSummary: string | null }) {
    const now = new Date();
    await deps.orm.em.fork().transactional(async (tx) => {
      await tx.nativeUpdate(SyncRun, { id: runId, status: 'RUNNING' }, { status: outcome.status, finishedAt: now, errorCode: outcome.errorCode, errorSummary: outcome.errorSummary });
      // A job disabled meanwhile (the integration removed, or switched to PUSH) stays disabled.
      await sqlQuery(tx, `update integrations.sync_job set status = case when status = 'DISABLED' then 'DISABLED' else $3 end,
          last_run_at = $4, last_run_status = $5, running_run_id = null, locked_until = null, updated_at = $4
        where integration_id = $1 and running_run_id = $2`, [integrationId, runId, outcome.status === 'FAILED' ? 'FAILED' : 'IDLE', now, outcome.status]);
    });
    updates.changed(integrationId);
  }

  /** The pull-run job: reads, checks, transforms and writes until the system has no more changes. */
  async function execute(runId: string): Promise<void> {
    const em = deps.orm.em.fork();
    const run = await em.findOne(SyncRun, { id: runId });
    if (!run || run.status !== 'RUNNING') return;
    const job = await em.findOne(SyncJob, { integrationId: run.integrationId });
    const integration = await em.findOne(Integration, { id: run.integrationId, removedAt: null });
    if (!job || job.runningRunId !== runId || !integration) {
      await finish(run.integrationId, runId, { status: 'FAILED', errorCode: ErrorCode.NOT_FOUND, errorSummary: 'The integration was removed.' });
      return;
    }
    const ruleSet = parseRuleSet((integration.mappingRules as { pull?: unknown }).pull).ruleSet;
    if (!ruleSet) {
      await finish(run.integrationId, runId, { status: 'FAILED', errorCode: ErrorCode.INVALID_MAPPING_RULES, errorSummary: 'The integration has no valid pull rules.' });
      return;
    }
    const { adapter } = adapters.for(integration);
    let cursor = job.cursor ?? null;
    let continuation: string | null = null;
    const failures: string[] = [];
    let failedCount = 0;
    try {
      for (let page = 0; page < config.INTEGRATIONS_PULL_MAX_PAGES; page += 1) {
        const answer = await adapter.pull(cursor, continuation, config.INTEGRATIONS_PULL_PAGE_SIZE);
        let written = 0;
        let failed = 0;
        await deps.orm.em.fork().transactional(async (tx) => {
          for (const record of answer.records) {
            const result = transformRecord(ruleSet, record.data);
            const violation = !validExternalId(record.externalId) ? `the system's id must be 1 to ${MAX_EXTERNAL_ID_LENGTH} characters`
              : result.ok ? schemaViolation(AUDIENCE_RECORD_SCHEMA, result.output) : `${result.stage.toLowerCase()}: ${result.reason}`;
            if (violation || !result.ok) {
              failed += 1;
              if (failures.length < SUMMARY_FAILURES) failures.push(`${String(record.externalId).slice(0, 100)}: ${violation}`);
              continue;
            }
            await audience.upsert(tx, integration.id, record.externalId, result.output as AudienceRecord);
            written += 1;
          }
          await sqlQuery(tx, `update integrations.sync_run set records_read = records_read + $2, records_written = records_written + $3, records_failed = records_failed + $4 where id = $1`,
            [runId, answer.records.length, written, failed]);
          const kept = await tx.nativeUpdate(SyncJob, { integrationId: integration.id, runningRunId: runId }, {
            cursor: answer.cursorAfter, lockedUntil: new Date(Date.now() + config.INTEGRATIONS_RUN_LOCK_MS), updatedAt: new Date(),
          });
          // Another run took the lock over (this one outlived it): this page is rolled back and the run stops.
          if (kept !== 1) throw new LockLost();
        });
        failedCount += failed;
        cursor = answer.cursorAfter;
        continuation = answer.continuation;
        updates.changed(integration.id);
        if (!continuation) break;
      }
      const summary = failedCount ? `${failedCount} record(s) refused (${ErrorCode.RECORD_INVALID}): ${failures.join('; ')}`.slice(0, MAX_SUMMARY_LENGTH) : null;
      await finish(integration.id, runId, { status: failedCount ? 'PARTIAL' : 'SUCCEEDED', errorCode: failedCount ? ErrorCode.RECORD_INVALID : null, errorSummary: summary });
    } catch (error) {
      if (error instanceof LockLost) {
        deps.logger.warn({ integrationId: integration.id, runId }, 'pull run lost its lock to a later run and stopped');
        return;
      }
      const translated = adapter.translateError(error);
      deps.logger.warn({ integrationId: integration.id, runId, code: translated.code, err: error }, 'pull run failed');
      const summary = [translated.message, ...(failures.length ? [`and ${failedCount} record(s) refused: ${failures.join('; ')}`] : [])].join(' ').slice(0, MAX_SUMMARY_LENGTH);
      await finish(integration.id, runId, { status: 'FAILED', errorCode: translated.code, errorSummary: summary });
    }
  }

  return {
    start,
    execute,

    /** One scheduler pass: starts the runs that are due (each start locks its job, so replicas may race). */
    async startDue(): Promise<number> {
      const due = await sqlQuery<{ integration_id: string }>(deps.orm.em.fork(),
        `select integration_id from integrations.sync_job where status <> 'DISABLED' and schedule is not null and next_run_at <= now() order by next_run_at limit $1`, [DUE_PER_TICK]);
      let started = 0;
      for (const { integration_id: id } of due) if (await start(id, 'SCHEDULE')) started += 1;
      return started;
    },

    async syncNow(em: EntityManager, auth: AuthClaims, integrationId: string): Promise<SyncRun> {
      const integration = await findManaged(em, integrationId, auth);
      if (!pulls(integration.direction)) throw new AppError(ErrorCode.INVALID_STATE, 'This integration does not pull.', { state: 'DISABLED' });
      await manualCalls(integration.id, 'sync');
      const run = await start(integration.id, 'MANUAL');
      if (!run) throw new AppError(ErrorCode.INVALID_STATE, 'A sync run is in progress; wait for it to finish.', { state: 'RUNNING' });
      return run;
    },

    async updateSchedule(em: EntityManager, auth: AuthClaims, integrationId: string, raw: string | null | undefined): Promise<SyncJob> {
      const integration = await findManaged(em, integrationId, auth);
      const schedule = raw == null || raw.trim() === '' ? null : schedules.check(raw);
      if (!pulls(integration.direction)) throw new AppError(ErrorCode.INVALID_STATE, 'This integration does not pull, so it has no schedule.', { state: 'DISABLED' });
      // One statement sets the schedule and its next run together, so concurrent changes never mix them.
      const changed = await em.nativeUpdate(SyncJob, { integrationId: integration.id, status: { $ne: 'DISABLED' } }, {
        schedule, nextRunAt: schedule ? schedules.nextRun(schedule, new Date()) : null, updatedAt: new Date(),
      });
      if (changed !== 1) throw AppError.notFound('The integration');
      updates.changed(integration.id);
      em.clear();
      return (await em.findOne(SyncJob, { integrationId: integration.id }))!;
    },

    runs: (em: EntityManager, integrationId: string, args: PageArgs) =>
      timeOrderedPage(em, SyncRun, { integrationId }, args, RUN_PAGES, { field: 'startedAt', direction: 'desc' }),
  };
}

export type PullSync = ReturnType<typeof createPullSync>;
