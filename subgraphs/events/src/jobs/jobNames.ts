import type { JobKind } from '../domain/vocabulary.ts';

/**
 * Queue names and payloads of the events subgraph's workers, apart from the workers so services can
 * enqueue without importing them. Tracked jobs carry only the id of their `job` row: everything else is
 * read from the database when the job runs, so a retry sees the current state.
 */
export const JOB_QUEUES: Record<JobKind, string> = {
  AI_RECOMMENDATION: 'events.ai-recommendation',
  IMAGE_GENERATION: 'events.image-generation',
  DISTRIBUTION: 'events.distribution',
};

/** Ends a published event when its period is over (sent at approval with `startAfter` = the end). */
export const END_EVENT_QUEUE = 'events.end-event';

export interface TrackedJobData {
  jobId: string;
}

export interface EndEventJobData {
  eventId: string;
}
