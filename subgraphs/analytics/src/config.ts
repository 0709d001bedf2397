import { env, resilienceConfigShape, type BaseConfig } from '@attendgate/platform';
import { z } from 'zod';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A whole number of won (our choices for the value side of ROI, docs/decisions/analytics-roi.md). */
const won = (fallback: number) => z.coerce.number().int().min(0).max(100_000_000).default(fallback);

/**
 * The analytics subgraph's own environment variables. Numbers from the seeds say so: seed 002 (performance
 * analysis flow: channel APIs behind a breaker, 10 s timeout) and the change log in seed 004 (cache 5 min →
 * 1 hour, channel batch 10 min → 5 min). Tests shrink the durations to milliseconds.
 */
export const analyticsConfigShape = {
  /** A dashboard is served from Redis for 1 hour (seed 004 change log: "Redis Cache TTL 5분 → 1시간"). */
  ANALYTICS_CACHE_TTL_MS: env.ms(1 * HOUR_MS),
  /** Channel statistics are collected every 5 minutes (seed 004 change log: "배치 수집 주기 10분 → 5분"). */
  ANALYTICS_CHANNEL_STATS_INTERVAL_MS: env.ms(5 * MINUTE_MS),
  /** Posts are still collected this long after their event ended (our choice: late views still arrive for a week). */
  ANALYTICS_CHANNEL_STATS_AFTER_END_MS: env.ms(7 * DAY_MS),
  /** Most posts one scheduled run collects (the least recently collected first); the next run takes the rest. */
  ANALYTICS_CHANNEL_STATS_BATCH_MAX: z.coerce.number().int().min(1).max(10_000).default(500),
  /** Statistics calls in flight at once per channel (a bulkhead: one slow channel holds only its own slots). */
  ANALYTICS_CHANNEL_STATS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /**
   * Every channel's statistics API: 10 s per call (seed 002: "Timeout: 10초"), a breaker per channel that opens
   * above half of recent calls failing (seed 002: "실패율 50% 초과 시 Open"), no in-process retries (the next
   * batch is five minutes away, and the last figure stands meanwhile, marked stale).
   */
  ...resilienceConfigShape('ANALYTICS_CHANNEL', { timeoutMs: 10 * SECOND_MS, retries: 0, breakerWindow: 10, breakerMinimumCalls: 3, breakerHalfOpenAfterMs: 60 * SECOND_MS }),
  /**
   * An owner's on-demand refresh of one event's channel statistics runs at most once per this interval (our
   * choice: each refresh calls every channel; the batch collects every 5 minutes anyway). 0 turns it off.
   */
  ANALYTICS_REFRESH_MIN_INTERVAL_MS: env.ms(30 * SECOND_MS),
  /**
   * Workers per consumed event type in one process. Six keep up with 200 entries per second on a 2-core
   * machine where the platform's default two fall behind at about 145 (docs/benchmarks.md, analytics-dashboard).
   */
  ANALYTICS_CONSUMER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(6),
  /** Live metrics: at most one message per event per this interval (a burst of entries is coalesced). */
  ANALYTICS_LIVE_INTERVAL_MS: env.ms(250),
  /** Estimated value of one participant, in won (ROI; docs/decisions/analytics-roi.md). */
  ANALYTICS_VALUE_PER_PARTICIPANT_KRW: won(3_000),
  /** Estimated value of one store visit on top of the entry, in won (ROI). */
  ANALYTICS_VALUE_PER_STORE_VISIT_KRW: won(12_000),

  LOCAL_TV_URL: env.url().default('http://127.0.0.1:4100/local-tv'),
  GENIE_TV_URL: env.url().default('http://127.0.0.1:4100/genie-tv'),
  INSTAGRAM_URL: env.url().default('http://127.0.0.1:4100/instagram'),
  NAVER_BLOG_URL: env.url().default('http://127.0.0.1:4100/naver-blog'),
  KAKAO_CHANNEL_URL: env.url().default('http://127.0.0.1:4100/kakao-channel'),
  RINGO_BIZ_URL: env.url().default('http://127.0.0.1:4100/ringo-biz'),
  /** One credential for the channels' reporting APIs (each sends it in its own header style). */
  ANALYTICS_CHANNEL_API_KEY: z.string().min(1).default('attendgate-development'),
  /** The Kakao channel the messages were sent from (its statistics live under it). */
  ANALYTICS_KAKAO_CHANNEL_ID: z.string().min(1).default('_attendgate'),
};

export type AnalyticsConfig = BaseConfig & z.infer<z.ZodObject<typeof analyticsConfigShape>>;
