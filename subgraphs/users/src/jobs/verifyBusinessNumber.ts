import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@attendgate/platform';
import type { UsersConfig } from '../config.ts';
import type { UsersServices } from '../services/index.ts';
import { VERIFY_BUSINESS_NUMBER_JOB, type VerifyBusinessNumberJob } from './jobNames.ts';

/** Slack on top of the longest possible run before pg-boss may consider a worker dead. */
const EXPIRY_MARGIN_SECONDS = 60;

/**
 * The worker that settles PENDING store verifications (enqueued by sign-up in the same transaction as the
 * account). The tax-office retries happen inside the run (the resilience policy's backoff); the handler
 * throws only on unexpected failures (database down), which pg-boss retries and finally dead-letters.
 */
export function verifyBusinessNumberJob(deps: { orm: MikroORM; services: UsersServices; config: UsersConfig }): JobDefinition<VerifyBusinessNumberJob> {
  const { config } = deps;
  let longestRunMs = config.USERS_TAX_OFFICE_TIMEOUT_MS * (config.USERS_TAX_OFFICE_RETRIES + 1);
  for (let retry = 0; retry < config.USERS_TAX_OFFICE_RETRIES; retry++) {
    longestRunMs += Math.min(config.USERS_TAX_OFFICE_RETRY_DELAY_MS * 2 ** retry, config.USERS_TAX_OFFICE_MAX_RETRY_DELAY_MS);
  }
  return {
    name: VERIFY_BUSINESS_NUMBER_JOB,
    retryLimit: 3,
    retryDelaySeconds: 5,
    expireInSeconds: Math.ceil(longestRunMs / 1000) + EXPIRY_MARGIN_SECONDS,
    concurrency: 2,
    handler: async ({ userId }) => {
      await deps.services.settlePendingVerification(deps.orm.em.fork(), userId);
    },
  };
}
