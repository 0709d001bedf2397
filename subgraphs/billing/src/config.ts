import { env, type BaseConfig } from '@attendgate/platform';
import { z } from 'zod';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A breaker threshold: a failure share strictly between 0 and 1. */
const share = (fallback: number) => z.coerce.number().gt(0).lt(1).default(fallback);
const atLeastOne = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/**
 * The billing subgraph's own environment variables (validated with the base ones at start). Every number has
 * its default written once, here, with where it comes from: seed 003 (MVNO billing design) for KOS, caches
 * and response goals; our own choices, marked as such, where the seeds say nothing. Tests shrink the
 * durations to milliseconds.
 */
export const billingConfigShape = {
  /** Base URL of the carrier's KOS-Order API. Shared name: the launcher, compose and the test stack set it. */
  KOS_URL: env.url().default('http://127.0.0.1:4100/kos'),
  /** Our partner API key at KOS (`X-Api-Key`); the simulator accepts any non-empty key. */
  BILLING_KOS_API_KEY: z.string().min(1).default('attendgate-development'),
  /**
   * One KOS call may take 3 s (seed 003: "타임아웃 처리: 3-5초 내 응답 없을 시 오류 처리"). The low end of
   * the range, because the seed's goals for a bill (< 1 s) and a plan change (< 3 s, KOS included) leave no
   * room for a longer wait.
   */
  BILLING_KOS_TIMEOUT_MS: env.ms(3 * SECOND_MS),
  // No retry settings: no KOS or gateway call is retried in-process (a person waits for reads, and orders and
  // payments must never be sent twice); background work retries through the job queue (BILLING_RECONCILE_*).
  /** The circuit opens when more than half of recent KOS calls failed (seed 003: Circuit Breaker on KOS). */
  BILLING_KOS_BREAKER_THRESHOLD: share(0.5),
  BILLING_KOS_BREAKER_WINDOW: atLeastOne(10),
  BILLING_KOS_BREAKER_MINIMUM_CALLS: atLeastOne(5),
  /** An open circuit lets one trial call through after this ("자동 복구"). */
  BILLING_KOS_BREAKER_HALF_OPEN_AFTER_MS: env.ms(30 * SECOND_MS),

  /** A bill is served from Redis for 1 hour (seed 003: "조회결과 캐싱: 1시간 TTL"). */
  BILLING_BILL_CACHE_TTL_MS: env.ms(1 * HOUR_MS),
  /** The product catalogue is served from Redis for 24 hours (seed 003: "상품정보 캐싱: 24시간 TTL"). */
  BILLING_PRODUCT_CACHE_TTL_MS: env.ms(24 * HOUR_MS),
  /**
   * How long a cached answer is kept after it stops being fresh, to be shown (marked stale) while KOS is down.
   * Our choice: a week covers a long outage; `fetchedAt` tells the client how old it is.
   */
  BILLING_STALE_KEEP_MS: env.ms(7 * DAY_MS),
  /** billHistory covers at most this many months (our choice: KOS serves 24 per call; a year is what a person reads). */
  BILLING_BILL_HISTORY_MAX_MONTHS: z.coerce.number().int().min(1).max(24).default(12),
  /**
   * The longest an answer waits for its inquiry record to be queued (durably, in Postgres) before it answers
   * anyway and lets the queueing finish behind it. Half of what seed 003 allows a whole cache hit
   * ("Cache Hit: 캐시된 데이터로 즉시 응답 (< 50ms)"), so recording can never push a hit past it.
   */
  BILLING_INQUIRY_RECORD_WAIT_MS: env.ms(25),

  /** Base URL of the card payment gateway (PG). Shared name, like KOS_URL. */
  PAYMENT_GATEWAY_URL: env.url().default('http://127.0.0.1:4100/payment-gateway'),
  /** Our merchant secret key (HTTP Basic user name); test keys start with `test_sk_`. */
  BILLING_PAYMENT_GATEWAY_SECRET_KEY: z.string().regex(/^(test|live)_sk_[A-Za-z0-9_]+$/).default('test_sk_attendgate_development'),
  /** One gateway call may take 10 s (our choice: card approvals take seconds; the seeds give no number). */
  BILLING_PAYMENT_GATEWAY_TIMEOUT_MS: env.ms(10 * SECOND_MS),
  BILLING_PAYMENT_GATEWAY_BREAKER_THRESHOLD: share(0.5),
  BILLING_PAYMENT_GATEWAY_BREAKER_WINDOW: atLeastOne(10),
  BILLING_PAYMENT_GATEWAY_BREAKER_MINIMUM_CALLS: atLeastOne(5),
  BILLING_PAYMENT_GATEWAY_BREAKER_HALF_OPEN_AFTER_MS: env.ms(30 * SECOND_MS),
  /** Largest single payment, in won (our choice: paid event features cost tens of thousands of won). */
  BILLING_MAX_PAYMENT_KRW: z.coerce.number().int().min(100).max(1_000_000_000).default(10_000_000),
  /** Days one settlement report may span (our choice: a quarter). */
  BILLING_SETTLEMENT_MAX_DAYS: z.coerce.number().int().min(1).max(366).default(92),

  /**
   * Reconciliation of requests whose outcome is unknown (a KOS or gateway timeout): the first look-up runs this
   * long after the request was made, so that the request itself has certainly ended (our choice: 30 s, three
   * times the longest timeout; it must exceed both timeouts, which start-up checks).
   */
  BILLING_RECONCILE_AFTER_MS: env.ms(30 * SECOND_MS),
  /** Look-ups that fail are retried this many times, doubling from the delay below, then dead-lettered. */
  BILLING_RECONCILE_RETRIES: env.count(10),
  BILLING_RECONCILE_RETRY_DELAY_MS: env.ms(5 * SECOND_MS),
  /**
   * A request KOS or the gateway still does not know this long after it was sent never arrived, and is marked
   * FAILED (our choice: 10 minutes, far beyond any timeout, so a late arrival is not plausible).
   */
  BILLING_NOT_RECEIVED_AFTER_MS: env.ms(10 * MINUTE_MS),
};

export type BillingConfig = BaseConfig & z.infer<z.ZodObject<typeof billingConfigShape>>;
