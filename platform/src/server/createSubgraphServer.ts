import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import express from 'express';
import { parse, type DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { CLIENT_ADDRESS_HEADER, verifyConnectionInit } from '../auth/requestSigning.ts';
import { applyPermissions, type IRules } from '../auth/shield.ts';
import { ErrorCode } from '../errors/codes.ts';
import { createFormatError } from '../errors/formatError.ts';
import type { AuthClaims } from '../auth/accessTokens.ts';
import type { RequestContext, SubgraphApi, SubgraphRuntime } from './defineSubgraph.ts';
import { FILES_PATH } from '../files/fileUrls.ts';
import { signedFileRequest } from '../files/signedFileRequest.ts';
import { mountHealth } from './health.ts';
import { authenticate } from './requestAuth.ts';
import { signedJsonBody } from './signedBody.ts';

/** Most tokens a document may have; bounds parser work before validation even starts. */
const MAX_DOCUMENT_TOKENS = 10_000;
/** Largest graphql-ws message a subgraph accepts (the gateway is its only client). */
const MAX_WS_MESSAGE_BYTES = 1024 * 1024;

export interface SubgraphServer {
  url: string;
  wsUrl: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves one subgraph: Express 5 + Apollo Server 5 for HTTP and graphql-ws for subscriptions, on one port
 * and one path (`/graphql`), with health endpoints beside it.
 *
 * Both transports refuse anything the gateway did not sign, build the same request context (a fresh
 * EntityManager, the verified caller, request id, logger) and run the same permission-wrapped schema.
 */
export async function createSubgraphServer<Context extends RequestContext>(options: {
  runtime: SubgraphRuntime;
  typeDefs: DocumentNode | string;
  api: SubgraphApi<Context>;
  port: number;
  host: string;
}): Promise<SubgraphServer> {
  const { runtime, api } = options;
  const { config, logger, secrets } = runtime;
  const typeDefs = typeof options.typeDefs === 'string' ? parse(options.typeDefs) : options.typeDefs;
  const schema = applyPermissions(
    buildSubgraphSchema([{ typeDefs, resolvers: api.resolvers as GraphQLResolverMap<unknown> }]),
    api.permissions as IRules,
  );

  const buildContext = (requestId: string, auth: AuthClaims | null, clientAddress: string | null): Context =>
    api.context({
      requestId,
      clientAddress,
      auth,
      signedByGateway: true,
      em: runtime.orm.em.fork(),
      logger: logger.child({ requestId }),
    });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  const httpServer = http.createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_WS_MESSAGE_BYTES });
  const wsCleanup = useServer<Record<string, unknown>, { auth: AuthClaims | null }>(
    {
      schema,
      onConnect: async (ctx) => {
        const check = verifyConnectionInit(secrets.subgraphSigningSecret, ctx.connectionParams, config.SUBGRAPH_SIGNATURE_MAX_AGE_MS);
        if (!check.ok) {
          logger.warn({ reason: check.reason }, 'refused unsigned websocket connection');
          return false;
        }
        try {
          const authorization = ctx.connectionParams?.authorization;
          ctx.extra.auth = await authenticate(runtime.verifyAccessToken, typeof authorization === 'string' ? authorization : undefined);
          return true;
        } catch {
          return false;
        }
      },
      // Upstream sockets are opened by the gateway for a whole group of clients: no single client address.
      context: (ctx) => buildContext(randomUUID(), ctx.extra.auth ?? null, null),
    },
    wsServer,
  );

  let shuttingDown = false;
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createFormatError(logger),
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Federated tracing (ftv1) is for Apollo's hosted studio, which we do not report to; off saves the work.
      ApolloServerPluginInlineTraceDisabled(),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  mountHealth(app, { database: () => runtime.orm.em.getConnection().execute('select 1'), ...runtime.readiness }, () => shuttingDown);
  app.post(
    '/graphql',
    ...signedJsonBody({ secret: secrets.subgraphSigningSecret, maxAgeMs: config.SUBGRAPH_SIGNATURE_MAX_AGE_MS, maxBytes: config.SUBGRAPH_MAX_BODY_BYTES, logger }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = req.header('x-request-id') ?? randomUUID();
        const auth = await authenticate(runtime.verifyAccessToken, req.header('authorization'));
        // Trusted only because signedJsonBody verified the gateway's signature over it.
        return buildContext(requestId, auth, req.header(CLIENT_ADDRESS_HEADER) ?? null);
      },
    }),
  );
  if (api.httpRoutes) {
    const router = express.Router();
    api.httpRoutes(router);
    app.use(
      FILES_PATH,
      signedFileRequest({ secret: secrets.subgraphSigningSecret, maxAgeMs: config.SUBGRAPH_SIGNATURE_MAX_AGE_MS, verifyAccessToken: runtime.verifyAccessToken, logger }),
      router,
      (_req: express.Request, res: express.Response) => {
        res.status(404).json({ errors: [{ message: 'No such file.', extensions: { code: ErrorCode.NOT_FOUND } }] });
      },
    );
  }
  app.all('/graphql', (_req, res) => {
    res.status(405).set('allow', 'POST').json({ errors: [{ message: 'Subgraphs accept only signed POST requests from the gateway.' }] });
  });

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const stop = async () => {
    shuttingDown = true;
    await apollo.stop();
  };
  runtime.shutdown.add('http', stop);
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}/graphql`, wsUrl: `ws://${host}:${port}/graphql`, port, stop };
}
