import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, type ExecutionArgs, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { ErrorCode, type Logger } from '@attendgate/platform';
import type { ClientAddressOf } from '../clientAddress.ts';
import type { Authenticator, Caller } from '../auth.ts';
import type { GatewayContext } from '../context.ts';
import type { RateLimiter } from '../rateLimit.ts';
import { intake } from './operationIntake.ts';
import { authorizationFrom, whenExpired } from './socketAuth.ts';
import type { SubscriptionHub } from './subscriptionHub.ts';
import type { PlannerState } from './subscriptionPlanner.ts';

export interface SocketLimits {
  maxSubscriptionsPerSocket: number;
  maxSubscriptions: number;
  maxTokens: number;
  maxMessageBytes: number;
  /** Server ping interval; a client that does not answer within it is dropped. */
  keepAliveMs: number;
}

interface SocketState {
  caller: Caller;
  /** Resolved once per socket, with the same proxy trust as HTTP's `req.ip`. */
  clientAddress: string;
  subscriptions: number;
  cancelExpiry?: () => void;
}

type Extra = { socket: WebSocket; request: http.IncomingMessage; state?: SocketState };

/** The operation context graphql-ws hands to `execute`/`subscribe` (built in `onSubscribe`). */
interface SocketOperation {
  caller: Caller;
  socket: WebSocket;
  id: string;
  query: string;
  state: SocketState;
}

/**
 * graphql-ws on the gateway's HTTP server and path (`/graphql`), with the same front door as HTTP:
 * - `connection_init` carries the access token; it is verified (revoked sessions included) or the socket is
 *   closed 4403, and closed 4403 again when the token expires, so clients reconnect with a fresh one;
 * - every operation counts against the client's rate limit, and is parsed with the token cap;
 * - queries and mutations run through Apollo Server exactly as over HTTP (validation, limits, masking);
 * - subscriptions are validated with the same rules, capped per socket and per replica, and run federated
 *   through the hub.
 */
export function attachSubscriptionServer(options: {
  httpServer: http.Server;
  path: string;
  /** Resolved per operation: the server exists only after the subscription layer (see createSubscriptions). */
  apollo: () => ApolloServer<GatewayContext>;
  planner: () => PlannerState | undefined;
  hub: SubscriptionHub;
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
  limitRules: readonly ValidationRule[];
  clientAddressOf: ClientAddressOf;
  limits: SocketLimits;
  logger: Logger;
}) {
  const { hub, limits, logger } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path, maxPayload: limits.maxMessageBytes });
  let sockets = 0;

  const server = useServer<Record<string, unknown>, Extra>(
    {
      onConnect: async (ctx) => {
        let caller: Caller;
        try {
          caller = await options.authenticator.authenticate(authorizationFrom(ctx.connectionParams));
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
        const state: SocketState = { caller, clientAddress: options.clientAddressOf(ctx.extra.request), subscriptions: 0 };
        if (caller.auth) {
          state.cancelExpiry = whenExpired(caller.auth.expiresAt, () => ctx.extra.socket.close(CloseCode.Forbidden, 'Token expired'));
        }
        ctx.extra.state = state;
        sockets++;
        ctx.extra.socket.once('close', () => {
          sockets--;
          state.cancelExpiry?.();
        });
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const state = ctx.extra.state!;
        const clientKey = state.caller.auth ? `user:${state.caller.auth.userId}` : `ip:${state.clientAddress}`;
        const decision = await options.rateLimiter.consume(clientKey);
        if (!decision.allowed) {
          return [new GraphQLError(`Too many requests; try again in ${decision.retryAfterSeconds} seconds.`, {
            extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: decision.retryAfterSeconds },
          })];
        }
        const planner = options.planner();
        const checked = intake({
          query: payload.query,
          operationName: payload.operationName ?? undefined,
          variables: payload.variables ?? undefined,
          planner,
          maxTokens: limits.maxTokens,
          limitRules: options.limitRules,
        });
        if (!checked.ok) return checked.errors;
        if (checked.operation.operation === 'subscription') {
          if (state.subscriptions >= limits.maxSubscriptionsPerSocket) {
            return [limitError(`At most ${limits.maxSubscriptionsPerSocket} subscriptions may run on one connection.`, limits.maxSubscriptionsPerSocket)];
          }
          if (hub.clientSubscriptions >= limits.maxSubscriptions) {
            return [limitError('This server is at its subscription capacity; try again later.', limits.maxSubscriptions)];
          }
        }
        const operation: SocketOperation = { caller: state.caller, socket: ctx.extra.socket, id, query: payload.query, state };
        return {
          schema: planner?.apiSchema ?? (undefined as never),
          document: checked.document,
          operationName: payload.operationName ?? undefined,
          variableValues: checked.variables,
          contextValue: operation,
        } satisfies ExecutionArgs;
      },
      execute: async (args) => {
        const operation = args.contextValue as SocketOperation;
        const requestId = randomUUID();
        const response = await options.apollo().executeOperation(
          { query: operation.query, variables: args.variableValues as Record<string, unknown>, operationName: args.operationName ?? undefined },
          {
            contextValue: {
              requestId, auth: operation.caller.auth, authorization: operation.caller.authorization,
              clientAddress: operation.state.clientAddress, logger: logger.child({ requestId }),
            },
          },
        );
        if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported over graphql-ws');
        return response.body.singleResult as never;
      },
      subscribe: (args) => {
        const operation = args.contextValue as SocketOperation;
        const channel = hub.subscribe({
          query: operation.query,
          document: args.document,
          operationName: args.operationName ?? undefined,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          caller: operation.caller,
          socket: operation.socket,
          id: operation.id,
        });
        operation.state.subscriptions++;
        // The channel ends when the client completes, the socket closes or the stream ends; counted once.
        void channel.done.then(() => operation.state.subscriptions--);
        return channel as never;
      },
      // Results were formatted (masked) already; send them as they are.
      onNext: (_ctx, _id, _payload, _args, result) => result as never,
    },
    wsServer,
    limits.keepAliveMs,
  );

  return {
    get sockets() {
      return sockets;
    },
    /** Closes every client socket with 1001 (going away) and stops accepting new ones. */
    dispose: () => server.dispose(),
  };
}

function limitError(message: string, limit: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.SUBSCRIPTION_LIMIT, limit } });
}
