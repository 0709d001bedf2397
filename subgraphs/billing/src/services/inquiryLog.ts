import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue, Logger, Shutdown } from '@attendgate/platform';
import { BillInquiry } from '../entities/index.ts';
import { RECORD_BILL_INQUIRY_JOB, type RecordBillInquiryJob } from '../jobs/jobNames.ts';

/** Re-sends of an inquiry record whose queueing failed (the database was unreachable), 1 s apart. */
const REQUEUE_ATTEMPTS = 300;
const REQUEUE_DELAY_MS = 1_000;

export type InquiryRecord = Omit<RecordBillInquiryJob, 'inquiryId' | 'requestedAt'> & { requestedAt: Date };

export interface InquiryLog {
  /** Queues the record durably; resolves once it is queued or `waitMs` passed, whichever is first. */
  record(entry: InquiryRecord): Promise<void>;
  /** The job's work: writes the record (once, however often the job is delivered). */
  write(em: EntityManager, job: RecordBillInquiryJob): Promise<void>;
}

/**
 * The bill-inquiry history, written asynchronously (seed 003: "이력 저장: 응답 성능에 영향 없는 백그라운드 처리")
 * and never lost:
 *
 * - the answer never waits for the history table: the request only queues a pg-boss job (one insert into the
 *   job table, in Postgres, so it survives a crash the moment it returns), and a worker writes the history row;
 * - the answer waits for the queueing at most `waitMs`; if the database is slow the answer goes out and the
 *   queueing completes behind it, re-sent until it succeeds, and shutdown waits for it;
 * - the inquiry id is chosen here, so a job delivered twice inserts one row.
 */
export function createInquiryLog(deps: { queue: JobQueue; logger: Logger; shutdown: Shutdown; waitMs: number }): InquiryLog {
  const { queue, logger, waitMs } = deps;
  const inFlight = new Set<Promise<void>>();
  deps.shutdown.add('bill inquiry records', () => Promise.allSettled([...inFlight]).then(() => undefined));

  async function enqueue(job: RecordBillInquiryJob): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await queue.send(RECORD_BILL_INQUIRY_JOB, job);
        return;
      } catch (error) {
        if (attempt >= REQUEUE_ATTEMPTS) {
          logger.error({ err: error, inquiryId: job.inquiryId }, 'gave up queueing a bill inquiry record');
          return;
        }
        if (attempt === 1) logger.warn({ err: error, inquiryId: job.inquiryId }, 'could not queue a bill inquiry record; retrying');
        await new Promise((resolve) => setTimeout(resolve, REQUEUE_DELAY_MS));
      }
    }
  }

  return {
    async record(entry) {
      const job: RecordBillInquiryJob = { ...entry, inquiryId: randomUUID(), requestedAt: entry.requestedAt.toISOString() };
      const queued = enqueue(job).finally(() => inFlight.delete(queued));
      inFlight.add(queued);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([queued, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
    },
    async write(em, job) {
      await em
        .createQueryBuilder(BillInquiry)
        .insert({
          id: job.inquiryId, lineId: job.lineId, requestedBy: job.requestedBy, requesterRole: job.requesterRole, kind: job.kind,
          month: job.month, months: job.months, source: job.source, requestedAt: new Date(job.requestedAt), recordedAt: new Date(),
        })
        .onConflict('id')
        .ignore()
        .execute('run');
    },
  };
}
