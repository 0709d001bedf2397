import { env, resilienceConfigShape, type BaseConfig } from '@attendgate/platform';
import { z } from 'zod';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;

/**
 * The integrations subgraph's environment variables. Seed 001 names the parts (gateway, adapters,
 * transformer, scheduler; connector chain: auth, transform, error handling, retry) but no numbers; every
 * number below is our choice, said so once here. Tests shrink the durations to milliseconds.
 */
export const integrationsConfigShape = {
  /** The crm simulator, for the demo integration only (shared name: the launcher and compose set it). */
  CRM_URL: env.url().default('http://127.0.0.1:4100/crm'),
  /**
   * One call to a customer's system: 10 s a try, 3 retries 1 s/2 s/4 s (the platform's defaults, seed 002's
   * schedule), breaker per integration above 50% failures of the last 10 calls, half-open after 30 s.
   */
  ...resilienceConfigShape('INTEGRATIONS_HTTP', { timeoutMs: 10 * SECOND_MS }),
  /**
   * Push deliveries that still fail after the in-call retries are tried again as jobs: this many times,
   * backing off from the delay below (doubling, at most the maximum), then they are dead letters that the
   * owner can replay (our choice: 6 tries over about half an hour outlast a deployment or a short outage).
   */
  INTEGRATIONS_DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  INTEGRATIONS_DELIVERY_RETRY_DELAY_MS: env.ms(30 * SECOND_MS),
  INTEGRATIONS_DELIVERY_MAX_RETRY_DELAY_MS: env.ms(15 * MINUTE_MS),
  /** Pushes sent at once by one process (our choice: external systems rate-limit; two cores here). */
  INTEGRATIONS_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** How often the scheduler looks for pull syncs that are due (our choice: cron's one-minute grain / 4). */
  INTEGRATIONS_SCHEDULER_INTERVAL_MS: env.ms(15 * SECOND_MS),
  /** Closest two scheduled runs may be (our choice: 5 minutes protects the customer's system). */
  INTEGRATIONS_MIN_SCHEDULE_INTERVAL_MS: env.ms(5 * MINUTE_MS),
  /** The time zone cron schedules are read in (the shops are in Korea). */
  INTEGRATIONS_SCHEDULE_TIME_ZONE: z.string().min(1).default('Asia/Seoul'),
  /**
   * A running pull holds its job's lock this long; a run that outlives it (its process died) is considered
   * abandoned and the next run may start (our choice: longer than any run of the page limit below).
   */
  INTEGRATIONS_RUN_LOCK_MS: env.ms(15 * MINUTE_MS),
  /** Records asked for per page, and pages read per run (our choice: 100 × 100 = 10,000 records a run). */
  INTEGRATIONS_PULL_PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(100),
  INTEGRATIONS_PULL_MAX_PAGES: z.coerce.number().int().min(1).max(10_000).default(100),
  /**
   * testConnection and syncNow calls per integration and minute (our choice: enough for a person trying
   * things out, too few to use our workers against someone's system); 0 turns the limit off.
   */
  INTEGRATIONS_MANUAL_CALLS_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(10),
  /** Integrations one owner may have (our choice: a shop connects a handful of systems). */
  INTEGRATIONS_MAX_PER_OWNER: z.coerce.number().int().min(1).max(1_000).default(20),
  /**
   * Whether integrations may point at private, loopback or link-local addresses. Off in production: a
   * shop owner's base URL must not reach our own network (SSRF). On in development and tests, where the
   * simulators listen on 127.0.0.1.
   */
  INTEGRATIONS_ALLOW_PRIVATE_URLS: env.flag(process.env.NODE_ENV !== 'production'),
};

export type IntegrationsConfig = BaseConfig & z.infer<z.ZodObject<typeof integrationsConfigShape>>;
