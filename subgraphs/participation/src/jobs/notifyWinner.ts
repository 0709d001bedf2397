import type { JobDefinition } from '@attendgate/platform';
import type { ParticipationConfig } from '../config.ts';
import type { ParticipationServices } from '../services/index.ts';
import { NOTIFY_WINNER_JOB, type NotifyWinnerJob } from './jobNames.ts';

/** Slack on top of the longest possible run before pg-boss may consider a worker dead. */
const EXPIRY_MARGIN_SECONDS = 60;

/**
 * The worker that texts a winner. A run tries the provider with the policy's retries (1 s, 2 s, 4 s); if
 * they all fail transiently, the run throws and the queue retries it PARTICIPATION_WINNER_SMS_JOB_RETRIES
 * more times with doubling delays, then dead-letters it for an operator. The winner's notification status
 * says where it stands (services/winnerNotifications.ts). Runs are idempotent: a SENT winner is not texted
 * again, and the provider deduplicates by client reference.
 */
export function notifyWinnerJob(deps: { services: ParticipationServices; config: ParticipationConfig }): JobDefinition<NotifyWinnerJob> {
  const { config } = deps;
  const retries = config.PARTICIPATION_SMS_RETRIES;
  let longestRunMs = config.PARTICIPATION_SMS_TIMEOUT_MS * (retries + 1);
  for (let retry = 0; retry < retries; retry++) {
    longestRunMs += Math.min(config.PARTICIPATION_SMS_RETRY_DELAY_MS * 2 ** retry, config.PARTICIPATION_SMS_MAX_RETRY_DELAY_MS);
  }
  return {
    name: NOTIFY_WINNER_JOB,
    retryLimit: config.PARTICIPATION_WINNER_SMS_JOB_RETRIES,
    retryDelaySeconds: Math.max(1, Math.round(config.PARTICIPATION_WINNER_SMS_JOB_RETRY_DELAY_MS / 1000)),
    expireInSeconds: Math.ceil(longestRunMs / 1000) + EXPIRY_MARGIN_SECONDS,
    concurrency: 4,
    handler: async ({ participationId }, job) => {
      await deps.services.notifyWinner(participationId, { lastAttempt: job.retryCount >= config.PARTICIPATION_WINNER_SMS_JOB_RETRIES });
    },
  };
}
