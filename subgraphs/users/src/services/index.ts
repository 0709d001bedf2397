import type { EntityManager } from '@mikro-orm/postgresql';
import { createAccessTokenIssuer, createResiliencePolicy, createSessionRevocationList, ConfigError, maskBusinessNumber, type SubgraphRuntime } from '@attendgate/platform';
import { createTaxOffice, TAX_OFFICE } from '../adapters/taxOffice.ts';
import type { UsersConfig } from '../config.ts';
import type { User } from '../entities/index.ts';
import { BUSINESS_NUMBER_PURPOSE, createBusinessVerification } from './businessVerification.ts';
import { seedDemoUsers } from './demoData.ts';
import { login } from './login.ts';
import { createLoginAttempts } from './loginAttempts.ts';
import { createPasswordHasher } from './passwordHasher.ts';
import { createSessions, SessionEndReason, type AuthResult } from './sessions.ts';
import { signUp, type SignUpInput } from './signUp.ts';
import { createStaffUser, type CreateStaffUserInput } from './staffUsers.ts';
import { reviewVerification, settlePendingVerification, storesAwaitingReview } from './storeVerification.ts';

/**
 * The users subgraph's use cases, wired once per process to the runtime (keys, stores, the tax office).
 * Each takes the request's EntityManager, so a request's reads and writes share one identity map.
 */
export interface UsersServices {
  signUp(em: EntityManager, input: SignUpInput): Promise<AuthResult>;
  login(em: EntityManager, input: { email: string; password: string }): Promise<AuthResult>;
  refresh(em: EntityManager, refreshToken: string): Promise<AuthResult>;
  logout(em: EntityManager, sessionId: string): Promise<void>;
  createStaffUser(em: EntityManager, input: CreateStaffUserInput): Promise<User>;
  reviewVerification(em: EntityManager, userId: string, decision: 'VERIFIED' | 'REJECTED'): Promise<User>;
  storesAwaitingReview(em: EntityManager, first: number): Promise<User[]>;
  /** The job's work: settles one PENDING verification. */
  settlePendingVerification(em: EntityManager, userId: string): Promise<string | null>;
  /** `123-**-*7890` from the stored ciphertext. */
  maskedBusinessNumber(ciphertext: string): string;
  seedDemo(em: EntityManager): Promise<string[]>;
}

export async function createUsersServices(runtime: SubgraphRuntime<UsersConfig>): Promise<UsersServices> {
  const { config, secrets, kv, cipher, blindIndex, queue, logger } = runtime;
  if (!secrets.jwtPrivateKey) throw new ConfigError(['JWT_PRIVATE_KEY: required by the users subgraph, which issues access tokens']);

  const hasher = await createPasswordHasher({
    memoryKib: config.USERS_ARGON2_MEMORY_KIB,
    iterations: config.USERS_ARGON2_ITERATIONS,
    parallelism: config.USERS_ARGON2_PARALLELISM,
  });
  const sessions = createSessions({
    issueAccessToken: createAccessTokenIssuer(secrets.jwtPrivateKey, {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ttlMs: config.JWT_ACCESS_TTL_MS,
    }),
    revocations: createSessionRevocationList(kv, config.JWT_ACCESS_TTL_MS),
    refreshTokenTtlMs: config.USERS_REFRESH_TOKEN_TTL_MS,
  });
  const policy = createResiliencePolicy(
    {
      name: TAX_OFFICE,
      timeoutMs: config.USERS_TAX_OFFICE_TIMEOUT_MS,
      retries: config.USERS_TAX_OFFICE_RETRIES,
      retryDelayMs: config.USERS_TAX_OFFICE_RETRY_DELAY_MS,
      maxRetryDelayMs: config.USERS_TAX_OFFICE_MAX_RETRY_DELAY_MS,
      breakerThreshold: config.USERS_TAX_OFFICE_BREAKER_THRESHOLD,
      breakerWindow: config.USERS_TAX_OFFICE_BREAKER_WINDOW,
      breakerMinimumCalls: Math.min(config.USERS_TAX_OFFICE_BREAKER_MINIMUM_CALLS, config.USERS_TAX_OFFICE_BREAKER_WINDOW),
      breakerHalfOpenAfterMs: config.USERS_TAX_OFFICE_BREAKER_HALF_OPEN_AFTER_MS,
    },
    logger,
  );
  const taxOffice = createTaxOffice({ baseUrl: config.TAX_OFFICE_URL, serviceKey: config.USERS_TAX_OFFICE_SERVICE_KEY, policy });
  const verification = createBusinessVerification({ taxOffice, kv, cacheTtlMs: config.USERS_BUSINESS_STATUS_CACHE_TTL_MS, logger });
  const attempts = createLoginAttempts(kv, {
    maxFailures: config.USERS_LOGIN_MAX_FAILURES,
    lockoutMs: config.USERS_LOGIN_LOCKOUT_MS,
    failureWindowMs: config.USERS_LOGIN_FAILURE_WINDOW_MS,
  });

  return {
    signUp: (em, input) => signUp({ hasher, sessions, verification, cipher, blindIndex, queue }, em, input),
    login: (em, input) => login({ hasher, sessions, attempts, blindIndex }, em, input),
    refresh: (em, refreshToken) => sessions.refresh(em, refreshToken),
    logout: (em, sessionId) => sessions.end(em, sessionId, SessionEndReason.LOGOUT),
    createStaffUser: (em, input) => createStaffUser({ hasher }, em, input),
    reviewVerification,
    storesAwaitingReview,
    settlePendingVerification: (em, userId) => settlePendingVerification({ verification, cipher, logger }, em, userId),
    maskedBusinessNumber: (ciphertext) => maskBusinessNumber(cipher.decrypt(ciphertext, BUSINESS_NUMBER_PURPOSE)),
    seedDemo: (em) => seedDemoUsers({ hasher, cipher, blindIndex }, em),
  };
}
