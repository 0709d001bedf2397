/**
 * Queue names and payloads of the participation subgraph's jobs, apart from their workers so services can
 * enqueue without importing the worker.
 */

/** Sends one winner their text message (enqueued by the draw, in its transaction). */
export const NOTIFY_WINNER_JOB = 'participation.notify-winner';

export interface NotifyWinnerJob {
  participationId: string;
}
