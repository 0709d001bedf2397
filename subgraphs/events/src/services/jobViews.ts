import type { Job } from '../entities/index.ts';
import type { JobKind, JobStatus } from '../domain/vocabulary.ts';

/**
 * A job as the API shows it, and as it travels on the event bus to `jobUpdated` subscribers (JSON, so
 * dates may arrive as ISO strings; the DateTime scalar takes both).
 */
export interface JobView {
  id: string;
  eventId: string;
  ownerId: string;
  kind: JobKind;
  status: JobStatus;
  progress: number;
  attempts: number;
  maxAttempts: number;
  errorCode: string | null;
  errorMessage: string | null;
  result: Record<string, unknown> | null;
  nextRetryAt: Date | string | null;
  createdAt: Date | string;
  startedAt: Date | string | null;
  finishedAt: Date | string | null;
  updatedAt: Date | string;
}

export function jobView(job: Job): JobView {
  return {
    id: job.id,
    eventId: job.eventId,
    ownerId: job.ownerId,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    errorCode: job.errorCode ?? null,
    errorMessage: job.errorMessage ?? null,
    result: job.result ?? null,
    nextRetryAt: job.nextRetryAt ?? null,
    createdAt: job.createdAt,
    startedAt: job.startedAt ?? null,
    finishedAt: job.finishedAt ?? null,
    updatedAt: job.updatedAt,
  };
}

/** The bus topic of one job's updates. */
export function jobTopic(jobId: string): string {
  return `events.job.${jobId}`;
}

/** Statuses after which a job changes no more (until retryJob revives a DEAD one). */
export function isSettled(status: JobStatus): boolean {
  return status === 'SUCCEEDED' || status === 'DEAD';
}
