import { env, type BaseConfig } from '@attendgate/platform';
import { z } from 'zod';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The users subgraph's own environment variables (validated with the base ones at start). Every number has
 * its default written once, here, with where it comes from. Tests shrink the durations to milliseconds.
 */
export const usersConfigShape = {
  /**
   * Base URL of the tax office's business-status API (국세청 사업자등록정보 상태조회). Shared name: the launcher,
   * docker-compose.yml and the test stack point it at the simulator (`simulatorEnvironment`).
   */
  TAX_OFFICE_URL: env.url().default('http://127.0.0.1:4100/tax-office'),
  /** The data.go.kr service key sent as `serviceKey`; the simulator accepts any non-empty key. */
  USERS_TAX_OFFICE_SERVICE_KEY: z.string().min(1).default('attendgate-development'),
  /** One tax-office attempt may take 5 s (seed 002: "Timeout: 5초"). Also the most a sign-up waits for it. */
  USERS_TAX_OFFICE_TIMEOUT_MS: env.ms(5 * SECOND_MS),
  /** Retries after the first attempt, in the background job (seed 002: "최대 3회 재시도"). */
  USERS_TAX_OFFICE_RETRIES: env.count(3),
  /** First retry delay; each next one doubles: 1 s, 2 s, 4 s (seed 002: "지수 백오프: 1초, 2초, 4초"). */
  USERS_TAX_OFFICE_RETRY_DELAY_MS: env.ms(1 * SECOND_MS),
  USERS_TAX_OFFICE_MAX_RETRY_DELAY_MS: env.ms(4 * SECOND_MS),
  /** The circuit opens when more than this share of recent calls failed (seed 002: "실패율 50% 초과 시 Open"). */
  USERS_TAX_OFFICE_BREAKER_THRESHOLD: z.coerce.number().gt(0).lt(1).default(0.5),
  /** Recent calls the failure share is computed over. */
  USERS_TAX_OFFICE_BREAKER_WINDOW: z.coerce.number().int().min(1).default(10),
  /** Calls the window must hold before the breaker may open at all (a single early failure never opens it). */
  USERS_TAX_OFFICE_BREAKER_MINIMUM_CALLS: z.coerce.number().int().min(1).default(5),
  /** How long an open circuit waits before letting one trial call through. */
  USERS_TAX_OFFICE_BREAKER_HALF_OPEN_AFTER_MS: env.ms(30 * SECOND_MS),
  /** Tax-office answers are cached for 7 days, keyed by the blind index (seed 002: "TTL 7일"). */
  USERS_BUSINESS_STATUS_CACHE_TTL_MS: env.ms(7 * DAY_MS),
  /** A refresh token must be used within 14 days; each refresh issues a fresh one. */
  USERS_REFRESH_TOKEN_TTL_MS: env.ms(14 * DAY_MS),
  /** Failed logins that lock an account (seed 003: "5회 로그인 실패 시 30분 잠금"). */
  USERS_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** How long the lock lasts (seed 003: 30 minutes). */
  USERS_LOGIN_LOCKOUT_MS: env.ms(30 * MINUTE_MS),
  /** Failures older than this are forgotten; the same 30 minutes, so slow guessing is counted too. */
  USERS_LOGIN_FAILURE_WINDOW_MS: env.ms(30 * MINUTE_MS),
  /** argon2id memory in KiB (OWASP Password Storage Cheat Sheet: m=19456, t=2, p=1). */
  USERS_ARGON2_MEMORY_KIB: z.coerce.number().int().min(8).default(19_456),
  USERS_ARGON2_ITERATIONS: z.coerce.number().int().min(1).default(2),
  USERS_ARGON2_PARALLELISM: z.coerce.number().int().min(1).max(255).default(1),
};

export type UsersConfig = BaseConfig & z.infer<z.ZodObject<typeof usersConfigShape>>;
