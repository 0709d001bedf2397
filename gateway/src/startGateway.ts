import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Agent } from 'undici';
import type { GraphQLDataSource } from '@apollo/gateway';
import { createServiceRuntime, FILES_PATH, MetricsRegistry, mountHealth, queryLimitRules, type ServiceRuntime } from '@attendgate/platform';
import { createAuthenticator } from './auth.ts';
import { clientAddressResolver } from './clientAddress.ts';
import { gatewayConfigShape, subgraphRouting, type GatewayConfig } from './config.ts';
import type { GatewayContext } from './context.ts';
import { createGatewayFormatError } from './errorMasking.ts';
import { fileProxy } from './fileProxy.ts';
import { callerGuards, graphqlGuards, requestState, unexpectedErrorHandler } from './httpGuards.ts';
import { sandboxLandingPage } from './landingPage.ts';
import { createRateLimiter } from './rateLimit.ts';
import { createSubgraphDataSource } from './subgraphDataSource.ts';
import { subscriptionsOverHttpRefused } from './subscriptionsOverHttp.ts';
import { supergraphFromFile } from './supergraphSource.ts';
import { mountMetrics } from './metricsEndpoint.ts';
import { createSubscriptions } from './subscriptions/index.ts';

/** Idle keep-alive sockets to subgraphs close before Node's default 5 s server keep-alive would drop them. */
const SUBGRAPH_KEEP_ALIVE_MS = 4_000;
export const GRAPHQL_PATH = '/graphql';

export interface StartGatewayOptions {
  /** Defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Overrides GATEWAY_PORT; 0 picks a free port. */
  port?: number;
  /** A supergraph to serve as is (tests); when given, SUPERGRAPH_FILE is neither read nor watched. */
  supergraphSdl?: string;
}

export interface RunningGateway {
  /** `http://host:port/graphql`; graphql-ws will be served on the same URL. */
  url: string;
  port: number;
  runtime: ServiceRuntime<GatewayConfig>;
  /** Stops taking requests, drains the ones in flight, stops the gateway and closes connections. */
  stop(): Promise<void>;
}

/**
 * Starts the gateway: ApolloGateway over the supergraph, Apollo Server 5 on Express 5 at `/graphql`, with
 * the front-door guards (request id, token check, rate limit, body cap), the query limits as validation
 * rules, error masking, health endpoints and graceful shutdown.
 *
 * The HTTP server is created here rather than by Apollo so that the graphql-ws server can later attach to
 * it on the same path, reusing `authenticate`, `rateLimiter`, the validation rules and the gateway's data
 * sources (see federated-subscriptions.md); its disposal then joins the drain below.
 */
export async function startGateway(options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const variables = options.env ?? process.env;
  const runtime = createServiceRuntime('gateway', gatewayConfigShape, variables);
  const { config, logger, secrets } = runtime;
  try {
    const dispatcher = new Agent({ connections: config.GATEWAY_SUBGRAPH_MAX_CONNECTIONS || null, keepAliveTimeout: SUBGRAPH_KEEP_ALIVE_MS });
    runtime.shutdown.add('subgraph connections', () => dispatcher.close());

    // The data sources the gateway routes through, kept so subscription events resolve through them too.
    const dataSources = new Map<string, GraphQLDataSource<GatewayContext>>();
    const routes = new Map<string, string>();
    const gateway = new ApolloGateway({
      supergraphSdl: options.supergraphSdl ?? supergraphFromFile(config.SUPERGRAPH_FILE, { watch: config.NODE_ENV !== 'production', logger }),
      logger: logger.child({ component: 'apollo-gateway' }),
      buildService: ({ name, url }) => {
        const routing = subgraphRouting(name, url ?? '', config.GATEWAY_SUBGRAPH_TIMEOUT_MS, variables);
        logger.info({ subgraph: name, url: routing.url, timeoutMs: routing.timeoutMs }, 'subgraph route');
        const dataSource = createSubgraphDataSource({ name, ...routing, signingSecret: secrets.subgraphSigningSecret, dispatcher });
        dataSources.set(name, dataSource);
        routes.set(name, routing.url);
        return dataSource;
      },
    });

    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', config.GATEWAY_TRUSTED_PROXIES ?? false);
    const httpServer = http.createServer(app);

    const production = config.NODE_ENV === 'production';
    const limitRules = queryLimitRules({
      maxDepth: config.GATEWAY_MAX_DEPTH,
      maxAliases: config.GATEWAY_MAX_ALIASES,
      maxCost: config.GATEWAY_MAX_COST,
      defaultListFactor: config.GATEWAY_COST_LIST_FACTOR,
    });
    const authenticator = createAuthenticator({ verifyAccessToken: runtime.verifyAccessToken, kv: runtime.kv, accessTokenTtlMs: config.JWT_ACCESS_TTL_MS });
    const rateLimiter = createRateLimiter({
      kv: runtime.kv,
      limitPerWindow: config.GATEWAY_RATE_LIMIT_PER_MINUTE,
      onStoreError: (error) => logger.warn({ err: error }, 'rate limit store unavailable; request allowed'),
    });
    const formatError = createGatewayFormatError(logger);
    const metrics = new MetricsRegistry();
    const subscriptions = createSubscriptions({
      gateway, dataSources, routes, httpServer, path: GRAPHQL_PATH, config, logger, metrics, formatError, authenticator, rateLimiter, limitRules,
      signingSecret: secrets.subgraphSigningSecret,
      clientAddressOf: clientAddressResolver(app),
      apollo: () => apollo,
    });
    const apollo: ApolloServer<GatewayContext> = new ApolloServer<GatewayContext>({
      gateway,
      formatError,
      validationRules: limitRules,
      parseOptions: { maxTokens: config.GATEWAY_MAX_TOKENS },
      introspection: !production,
      includeStacktraceInErrorResponses: false,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      stopOnTerminationSignals: false,
      logger,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        production ? ApolloServerPluginLandingPageDisabled() : sandboxLandingPage(),
        subscriptionsOverHttpRefused(),
        // Client sockets close with 1001 while HTTP drains; then the sockets to subgraphs close.
        { async serverWillStart() { return { drainServer: () => subscriptions.stop() }; } },
      ],
    });
    await apollo.start();
    let shuttingDown = false;
    runtime.shutdown.add('http', async () => {
      shuttingDown = true;
      await apollo.stop(); // drains HTTP, then stops the gateway (and the supergraph file watch)
    });

    mountHealth(app, { ...runtime.readiness, supergraph: async () => assertLoaded(gateway) }, () => shuttingDown);
    mountMetrics(app, metrics, { token: config.GATEWAY_METRICS_TOKEN, production });
    app.all(
      GRAPHQL_PATH,
      ...graphqlGuards({ authenticator, rateLimiter, maxBodyBytes: config.GATEWAY_MAX_BODY_BYTES }),
      expressMiddleware(apollo, {
        context: async ({ req, res }) => {
          const { requestId, caller } = requestState(res);
          return { requestId, auth: caller.auth, authorization: caller.authorization, clientAddress: req.ip, logger: logger.child({ requestId }) };
        },
      }),
    );
    app.get(
      `${FILES_PATH}/:subgraph/*path`,
      ...callerGuards({ authenticator, rateLimiter }),
      fileProxy({ routes, dispatcher, signingSecret: secrets.subgraphSigningSecret, timeoutMs: config.GATEWAY_SUBGRAPH_TIMEOUT_MS, logger }),
    );
    app.use(unexpectedErrorHandler(logger));

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port ?? config.GATEWAY_PORT, config.HOST, () => resolve());
    });

    const { port } = httpServer.address() as AddressInfo;
    return { url: `http://${clientHost(config.HOST)}:${port}${GRAPHQL_PATH}`, port, runtime, stop: () => runtime.shutdown.run('stop') };
  } catch (error) {
    await runtime.shutdown.run('start-up failed');
    throw error;
  }
}

/** The address a client on this machine uses: wildcard binds are reached via loopback; IPv6 needs brackets. */
function clientHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function assertLoaded(gateway: ApolloGateway): void {
  if (!gateway.schema) throw new Error('supergraph not loaded');
}
