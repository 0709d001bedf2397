/**
 * @attendgate/gateway: the Apollo gateway in front of every subgraph. `startGateway` runs it in this process
 * (main.ts, the launcher, tests); `@attendgate/gateway/testing` starts whole stacks for integration tests.
 */
export { startGateway, GRAPHQL_PATH, type RunningGateway, type StartGatewayOptions } from './startGateway.ts';
export { gatewayConfigShape, type GatewayConfig } from './config.ts';
export { createAuthenticator, type Authenticator, type Caller } from './auth.ts';
export { createRateLimiter, RATE_LIMIT_WINDOW_MS, type RateLimiter, type RateLimitDecision } from './rateLimit.ts';
export type { GatewayContext } from './context.ts';
