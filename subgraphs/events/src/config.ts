import { env, type BaseConfig } from '@attendgate/platform';
import { z } from 'zod';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;

/** Settings of one external system's resilience policy, all under `EVENTS_<SYSTEM>_...`. */
function resilience(system: string, defaults: { timeoutMs: number; retries: number; maxConcurrent: number }) {
  return {
    [`EVENTS_${system}_TIMEOUT_MS`]: env.ms(defaults.timeoutMs),
    /** Retries after a failed attempt (seed 002: "Retry: 최대 3회 재시도 (지수 백오프)"). */
    [`EVENTS_${system}_RETRIES`]: env.count(defaults.retries),
    /** First retry delay; doubles each time (1 s, 2 s, 4 s), capped by the max. */
    [`EVENTS_${system}_RETRY_DELAY_MS`]: env.ms(1 * SECOND_MS),
    [`EVENTS_${system}_MAX_RETRY_DELAY_MS`]: env.ms(4 * SECOND_MS),
    /** The breaker opens above half of the recent calls failing (seed 002: all external APIs have one). */
    [`EVENTS_${system}_BREAKER_THRESHOLD`]: z.coerce.number().gt(0).lt(1).default(0.5),
    [`EVENTS_${system}_BREAKER_WINDOW`]: z.coerce.number().int().min(1).default(10),
    [`EVENTS_${system}_BREAKER_MINIMUM_CALLS`]: z.coerce.number().int().min(1).default(5),
    [`EVENTS_${system}_BREAKER_HALF_OPEN_AFTER_MS`]: env.ms(30 * SECOND_MS),
    /** Bulkhead: calls at once to this system from one process, and callers allowed to wait for a slot. */
    [`EVENTS_${system}_MAX_CONCURRENT`]: z.coerce.number().int().min(1).default(defaults.maxConcurrent),
    [`EVENTS_${system}_MAX_QUEUED`]: env.count(defaults.maxConcurrent * 4),
  } as const;
}

/** The six channels, as config-name segments. */
export const CHANNEL_CONFIG_NAMES = ['LOCAL_TV', 'GENIE_TV', 'INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL', 'RINGO_BIZ'] as const;

const channelCredentials = Object.fromEntries(
  CHANNEL_CONFIG_NAMES.map((name) => [`EVENTS_${name}_API_KEY`, z.string().min(1).default('attendgate-development')]),
) as Record<`EVENTS_${(typeof CHANNEL_CONFIG_NAMES)[number]}_API_KEY`, z.ZodDefault<z.ZodString>>;

const channelPolicies = Object.assign(
  {},
  ...CHANNEL_CONFIG_NAMES.map((name) => resilience(name, { timeoutMs: 10 * SECOND_MS, retries: 3, maxConcurrent: 4 })),
) as Record<string, z.ZodType>;

/**
 * The events subgraph's own environment variables. Every number has its default written once, here, with
 * where it comes from (seed 002, the event-creation flow). Tests shrink the durations to milliseconds.
 */
export const eventsConfigShape = {
  /**
   * OpenAI-compatible chat-completions API (base URL ending before `/chat/completions`). Shared name: the
   * launcher and the test stack point it at the AI simulator; set it (with the key and model) for a real
   * provider such as https://api.openai.com/v1.
   */
  AI_PROVIDER_URL: env.url().default('http://127.0.0.1:4100/ai-provider'),
  EVENTS_AI_API_KEY: z.string().min(1).default('attendgate-development'),
  EVENTS_AI_MODEL: z.string().min(1).default('attendgate-planner-1'),
  /** AI calls: 30 s each (seed 002: "Timeout: AI API 30초"), 3 retries with backoff, breaker. */
  ...resilience('AI', { timeoutMs: 30 * SECOND_MS, retries: 3, maxConcurrent: 4 }),
  /** AI answers are cached by their inputs for 24 h (seed 002: "Redis 캐싱 (TTL 24시간)"). */
  EVENTS_AI_CACHE_TTL_MS: env.ms(24 * HOUR_MS),
  /** Plans asked of the AI per request (the issue: 3 or more). */
  EVENTS_AI_PLAN_COUNT: z.coerce.number().int().min(3).max(10).default(3),

  /** Image-generation API (OpenAI images shape). Shared name, pointed at the image simulator by default. */
  IMAGE_GENERATOR_URL: env.url().default('http://127.0.0.1:4100/image-generator'),
  EVENTS_IMAGE_API_KEY: z.string().min(1).default('attendgate-development'),
  EVENTS_IMAGE_MODEL: z.string().min(1).default('attendgate-poster-1'),
  /** Image calls: 20 s (seed 002: "이미지 API 20초"); then the default template (seed: "기본 템플릿"). */
  ...resilience('IMAGE', { timeoutMs: 20 * SECOND_MS, retries: 0, maxConcurrent: 2 }),

  /** Media channel base URLs (shared names, the simulators by default) and their credentials. */
  LOCAL_TV_URL: env.url().default('http://127.0.0.1:4100/local-tv'),
  GENIE_TV_URL: env.url().default('http://127.0.0.1:4100/genie-tv'),
  INSTAGRAM_URL: env.url().default('http://127.0.0.1:4100/instagram'),
  NAVER_BLOG_URL: env.url().default('http://127.0.0.1:4100/naver-blog'),
  KAKAO_CHANNEL_URL: env.url().default('http://127.0.0.1:4100/kakao-channel'),
  RINGO_BIZ_URL: env.url().default('http://127.0.0.1:4100/ringo-biz'),
  ...channelCredentials,
  /** The Instagram business account and the Kakao channel posts go to. */
  EVENTS_INSTAGRAM_ACCOUNT_ID: z.string().min(1).default('17841400000000000'),
  EVENTS_KAKAO_CHANNEL_ID: z.string().min(1).default('_attendgate'),
  /**
   * Per channel: 10 s per attempt (seed 002: "배포 API 10초"), 3 retries with backoff, a breaker, and a
   * bulkhead (seed 002: "채널별 스레드 풀 격리"), e.g. EVENTS_INSTAGRAM_TIMEOUT_MS.
   */
  ...channelPolicies,
  /** A whole distribution run ends within 1 minute (seed 002: "다중 채널 병렬 배포 (1분 이내)"). */
  EVENTS_DISTRIBUTION_DEADLINE_MS: env.ms(1 * MINUTE_MS),

  /** Job-level retries after a failed run, 1 s doubling (seed 002: 3 retries, exponential), then DEAD. */
  EVENTS_JOB_RETRIES: env.count(3),
  EVENTS_JOB_RETRY_DELAY_MS: env.ms(1 * SECOND_MS),
  /** Slack on top of a job's longest possible run before the queue decides its worker died. */
  EVENTS_JOB_EXPIRY_MARGIN_MS: env.ms(30 * SECOND_MS),
  /** How often RUNNING jobs whose worker died are looked for (to show them FAILED or DEAD). */
  EVENTS_JOB_SWEEP_INTERVAL_MS: env.ms(30 * SECOND_MS),
  /** How long a signed link to a not yet published image stays valid. */
  EVENTS_IMAGE_LINK_TTL_MS: env.ms(1 * HOUR_MS),
};

export type EventsConfig = BaseConfig & z.infer<z.ZodObject<typeof eventsConfigShape>> & Record<string, unknown>;

/** The resilience settings of one system from the loaded config (names as in `resilience()`). */
export function policySettings(config: EventsConfig, system: string) {
  const get = (name: string) => config[`EVENTS_${system}_${name}`] as number;
  const window = get('BREAKER_WINDOW');
  return {
    timeoutMs: get('TIMEOUT_MS'),
    retries: get('RETRIES'),
    retryDelayMs: get('RETRY_DELAY_MS'),
    maxRetryDelayMs: get('MAX_RETRY_DELAY_MS'),
    breakerThreshold: get('BREAKER_THRESHOLD'),
    breakerWindow: window,
    breakerMinimumCalls: Math.min(get('BREAKER_MINIMUM_CALLS'), window),
    breakerHalfOpenAfterMs: get('BREAKER_HALF_OPEN_AFTER_MS'),
    maxConcurrent: get('MAX_CONCURRENT'),
    maxQueued: get('MAX_QUEUED'),
  };
}
