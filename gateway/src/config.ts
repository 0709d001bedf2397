import path from 'node:path';
import { z } from 'zod';
import { env, envPrefix, loadConfig, REPO_ROOT, type BaseConfig } from '@attendgate/platform';
import { DEFAULT_QUERY_LIMITS } from '@attendgate/platform';

const ONE_MEBIBYTE = 1024 * 1024;

/**
 * The gateway's own environment variables, on top of the platform's base ones (HOST, REDIS_URL, JWT_*, ...).
 * Every default is written here once; README.md lists them.
 */
export const gatewayConfigShape = {
  GATEWAY_PORT: env.port(4000),
  /** The composed supergraph (`npm run compose` writes it). */
  SUPERGRAPH_FILE: z.string().default(path.join(REPO_ROOT, 'schema', 'supergraph.graphql')),
  /** Per subgraph request, unless `<NAME>_TIMEOUT_MS` says otherwise. */
  GATEWAY_SUBGRAPH_TIMEOUT_MS: env.ms(10_000),
  /** Open connections per subgraph origin; requests beyond it queue instead of opening more sockets. */
  GATEWAY_SUBGRAPH_MAX_CONNECTIONS: env.count(64),
  GATEWAY_MAX_BODY_BYTES: env.bytes(ONE_MEBIBYTE),
  GATEWAY_MAX_TOKENS: env.count(DEFAULT_QUERY_LIMITS.maxTokens),
  GATEWAY_MAX_DEPTH: env.count(DEFAULT_QUERY_LIMITS.maxDepth),
  GATEWAY_MAX_ALIASES: env.count(DEFAULT_QUERY_LIMITS.maxAliases),
  GATEWAY_MAX_COST: env.count(DEFAULT_QUERY_LIMITS.maxCost),
  GATEWAY_COST_LIST_FACTOR: env.count(DEFAULT_QUERY_LIMITS.defaultListFactor),
  /** Operations per client per minute (per user when signed in, per IP otherwise); 0 turns the limit off. */
  GATEWAY_RATE_LIMIT_PER_MINUTE: env.count(600),
  /**
   * Proxies whose X-Forwarded-For the gateway believes when it needs the client's IP (Express "trust proxy"
   * syntax: `loopback`, `10.0.0.0/8, 172.16.0.0/12`, or a hop count). Unset: the socket's peer is the client.
   */
  GATEWAY_TRUSTED_PROXIES: z
    .string()
    .transform((value) => (/^\d+$/.test(value) ? Number(value) : value))
    .optional(),
  /** Subscriptions one graphql-ws connection may run at once. */
  GATEWAY_MAX_SUBSCRIPTIONS_PER_SOCKET: env.count(50),
  /** Client subscriptions this replica runs at once; past it new ones are refused (SUBSCRIPTION_LIMIT). */
  GATEWAY_MAX_SUBSCRIPTIONS: env.count(20_000),
  /** Largest graphql-ws message a client may send. */
  GATEWAY_MAX_WS_MESSAGE_BYTES: env.bytes(64 * 1024),
  /** Ping interval on client sockets; a client that does not answer within it is dropped. */
  GATEWAY_WS_KEEPALIVE_MS: env.ms(12_000),
  /** Ping interval on the gateway's own sockets to subgraphs (and how long a pong may take). */
  GATEWAY_UPSTREAM_KEEPALIVE_MS: env.ms(10_000),
  /** A client socket with more unsent bytes than this has its messages queued (per subscription). */
  GATEWAY_WS_SOFT_BUFFER_BYTES: env.bytes(256 * 1024),
  /** A client socket with more unsent bytes than this is closed (1013): it is not reading. */
  GATEWAY_WS_HARD_BUFFER_BYTES: env.bytes(4 * ONE_MEBIBYTE),
  /** Messages one subscription queues while its socket is backed up; the oldest are dropped past it. */
  GATEWAY_SUBSCRIBER_QUEUE_LENGTH: env.count(64),
  /** A client socket backed up (messages waiting) for longer than this is closed as stalled (1013). */
  GATEWAY_WS_STALL_MS: env.ms(30_000),
  /** Bearer token /metrics requires; unset: open outside production, disabled in production. */
  GATEWAY_METRICS_TOKEN: z.string().min(16).optional(),
};

export type GatewayConfig = BaseConfig & z.infer<z.ZodObject<typeof gatewayConfigShape>>;

export interface SubgraphRouting {
  url: string;
  timeoutMs: number;
}

/**
 * Where and how long to call one subgraph: `<NAME>_URL` overrides the routing URL composed into the
 * supergraph (docker compose points `USERS_URL` at `http://users:4001/graphql`), and `<NAME>_TIMEOUT_MS`
 * overrides the gateway-wide timeout. Read when the supergraph names its subgraphs, so a bad value fails the
 * schema load with the variable's name in the message.
 */
export function subgraphRouting(
  name: string,
  composedUrl: string,
  defaultTimeoutMs: number,
  variables: Record<string, string | undefined>,
): SubgraphRouting {
  const prefix = envPrefix(name);
  const urlVariable = `${prefix}_URL`;
  const timeoutVariable = `${prefix}_TIMEOUT_MS`;
  const own = loadConfig(
    {
      [urlVariable]: z.url({ protocol: /^https?$/ }).optional(),
      [timeoutVariable]: env.ms(defaultTimeoutMs),
    },
    variables,
  ) as Record<string, string | number | undefined>;
  return {
    url: (own[urlVariable] as string | undefined) ?? composedUrl,
    timeoutMs: own[timeoutVariable] as number,
  };
}
