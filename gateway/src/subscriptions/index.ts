import type http from 'node:http';
import type { ApolloGateway, GraphQLDataSource } from '@apollo/gateway';
import type { ApolloServer } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Logger, MetricsRegistry } from '@attendgate/platform';
import type { Authenticator } from '../auth.ts';
import type { ClientAddressOf } from '../clientAddress.ts';
import type { GatewayConfig } from '../config.ts';
import type { GatewayContext } from '../context.ts';
import type { RateLimiter } from '../rateLimit.ts';
import type { ErrorFormatter } from './eventExecutor.ts';
import { SubscriptionHub } from './subscriptionHub.ts';
import { createSubscriptionMetrics } from './subscriptionMetrics.ts';
import { createPlannerState, type PlannerState } from './subscriptionPlanner.ts';
import { attachSubscriptionServer } from './subscriptionServer.ts';
import { UpstreamPool } from './upstreamPool.ts';

/**
 * Federated subscriptions through the gateway (docs/subscriptions.md): graphql-ws on the gateway's HTTP
 * server and path, plans from the gateway's own query planner rebuilt on every schema load, root fields
 * subscribed on their subgraph over signed graphql-ws, the rest of each event resolved with the gateway's
 * own plan executor through the same data sources as queries.
 *
 * Must be created before the gateway loads its schema (before `apollo.start()`), to see the first load.
 */
export function createSubscriptions(options: {
  gateway: ApolloGateway;
  apollo: () => ApolloServer<GatewayContext>;
  dataSources: ReadonlyMap<string, GraphQLDataSource<GatewayContext>>;
  /** Subgraph name → HTTP routing URL (graphql-ws is served on the same URL). */
  routes: ReadonlyMap<string, string>;
  httpServer: http.Server;
  path: string;
  config: GatewayConfig;
  signingSecret: string;
  logger: Logger;
  metrics: MetricsRegistry;
  formatError: ErrorFormatter;
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
  limitRules: readonly ValidationRule[];
  clientAddressOf: ClientAddressOf;
}) {
  const { config, logger } = options;
  let planner: PlannerState | undefined;
  const upstreams = new UpstreamPool({
    wsUrlOf: (subgraph) => {
      const url = options.routes.get(subgraph);
      if (!url) throw new Error(`no route to subgraph ${subgraph}`);
      return url.replace(/^http/, 'ws');
    },
    signingSecret: options.signingSecret,
    logger,
    keepAliveMs: config.GATEWAY_UPSTREAM_KEEPALIVE_MS,
  });
  // The gauges read `hub` and `server` when scraped, which is only after both exist.
  const metrics = createSubscriptionMetrics(options.metrics, {
    clientSubscriptions: () => hub.clientSubscriptions,
    upstreamSubscriptions: () => upstreams.size,
    executionGroups: () => hub.executionGroups,
    sockets: () => server.sockets,
  });
  const hub = new SubscriptionHub({
    deps: { planner: () => planner!, dataSources: options.dataSources, formatError: options.formatError, metrics, logger },
    upstreams,
    limits: {
      softBufferBytes: config.GATEWAY_WS_SOFT_BUFFER_BYTES,
      hardBufferBytes: config.GATEWAY_WS_HARD_BUFFER_BYTES,
      queueLength: config.GATEWAY_SUBSCRIBER_QUEUE_LENGTH,
      stallMs: config.GATEWAY_WS_STALL_MS,
    },
  });

  options.gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    const reload = planner !== undefined;
    planner = createPlannerState(coreSupergraphSdl, apiSchema);
    if (reload) {
      logger.info('supergraph reloaded; ending active subscriptions');
      hub.endAllForSchemaReload();
    }
  });

  const server = attachSubscriptionServer({
    httpServer: options.httpServer,
    path: options.path,
    apollo: options.apollo,
    planner: () => planner,
    hub,
    authenticator: options.authenticator,
    rateLimiter: options.rateLimiter,
    limitRules: options.limitRules,
    clientAddressOf: options.clientAddressOf,
    limits: {
      maxSubscriptionsPerSocket: config.GATEWAY_MAX_SUBSCRIPTIONS_PER_SOCKET,
      maxSubscriptions: config.GATEWAY_MAX_SUBSCRIPTIONS,
      maxTokens: config.GATEWAY_MAX_TOKENS,
      maxMessageBytes: config.GATEWAY_MAX_WS_MESSAGE_BYTES,
      keepAliveMs: config.GATEWAY_WS_KEEPALIVE_MS,
    },
    logger,
  });

  return {
    /** Closes client sockets (1001), then the gateway's sockets to subgraphs. */
    async stop() {
      await server.dispose();
      await upstreams.dispose();
    },
  };
}
