import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signConnectionInit, type Logger } from '@attendgate/platform';
import type { UpstreamEvent } from './eventExecutor.ts';

export interface UpstreamListener {
  next(event: UpstreamEvent): void;
  /** The subgraph refused or failed the subscription (GraphQL errors), or the stream broke for good. */
  error(errors: readonly { message: string; extensions?: Record<string, unknown> }[]): void;
  complete(): void;
}

export interface UpstreamRequest {
  subgraph: string;
  /** Who the subgraph sees (from the subscription's scope): all subscriptions of one key share a socket. */
  scopeKey: string;
  /** The Authorization the socket presents in `connection_init` (read again on every reconnect). */
  authorization: string | undefined;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

export interface UpstreamPoolOptions {
  /** The subgraph's graphql-ws URL (its HTTP routing URL with a ws scheme). */
  wsUrlOf(subgraph: string): string;
  signingSecret: string;
  logger: Logger;
  /** Ping interval on upstream sockets; a missing pong within the same time closes and reconnects. */
  keepAliveMs: number;
}

/** Reconnect backoff: 250 ms doubling to 10 s, with jitter so replicas do not reconnect in lockstep. */
const RETRY_BASE_MS = 250;
const RETRY_MAX_MS = 10_000;
/** An idle upstream socket stays open this long, so a quick resubscribe does not pay a new handshake. */
const LAZY_CLOSE_MS = 5_000;

interface Shared {
  listeners: Set<UpstreamListener>;
  unsubscribe: () => void;
  /** The socket (per subgraph and scope) it runs on. */
  connectionName: string;
}

interface Connection {
  client: Client;
  authorization: string | undefined;
  subscriptions: number;
}

/**
 * The gateway's subscriptions to subgraphs, deduplicated: one upstream subscription per (subgraph, operation,
 * variables, scope), fanned out to every listener, over one graphql-ws socket per (subgraph, scope).
 *
 * Sockets are signed like HTTP requests (`connection_init` carries the gateway's HMAC), keep alive with
 * pings, and reconnect forever with backoff; graphql-ws resubscribes on reconnect, so a subgraph restart or a
 * dead replica is a pause, not an end (state streams resend their snapshot on subscribe).
 */
export class UpstreamPool {
  readonly #options: UpstreamPoolOptions;
  readonly #shared = new Map<string, Shared>();
  readonly #connections = new Map<string, Connection>();

  constructor(options: UpstreamPoolOptions) {
    this.#options = options;
  }

  get size(): number {
    return this.#shared.size;
  }

  /** Adds a listener to the matching upstream subscription, opening it if needed; returns the removal. */
  subscribe(request: UpstreamRequest, listener: UpstreamListener): () => void {
    const key = JSON.stringify([request.subgraph, request.scopeKey, request.operationName ?? null, request.query, canonical(request.variables)]);
    const connectionName = connectionKey(request);
    let shared = this.#shared.get(key);
    if (!shared) {
      const listeners = new Set<UpstreamListener>();
      const connection = this.#connection(connectionName, request);
      connection.subscriptions++;
      const stop = connection.client.subscribe<Record<string, unknown>>(
        { query: request.query, operationName: request.operationName ?? null, variables: request.variables },
        {
          next: (event) => {
            for (const each of listeners) each.next(event as UpstreamEvent);
          },
          error: (error) => {
            const errors = Array.isArray(error) ? error : [{ message: 'The subscription to a service failed.' }];
            this.#options.logger.warn({ subgraph: request.subgraph, errors }, 'upstream subscription ended with errors');
            this.#forget(key);
            for (const each of listeners) each.error(errors);
          },
          complete: () => {
            this.#forget(key);
            for (const each of listeners) each.complete();
          },
        },
      );
      shared = { listeners, unsubscribe: stop, connectionName };
      this.#shared.set(key, shared);
    } else {
      // Keep the freshest credential for reconnects (an older token of the same user may expire first).
      const connection = this.#connections.get(connectionName);
      if (connection) connection.authorization = request.authorization;
    }
    shared.listeners.add(listener);
    const entry = shared;
    return () => {
      if (!entry.listeners.delete(listener) || entry.listeners.size) return;
      if (this.#shared.get(key) !== entry) return;
      entry.unsubscribe();
      this.#forget(key);
    };
  }

  async dispose(): Promise<void> {
    for (const shared of this.#shared.values()) shared.unsubscribe();
    this.#shared.clear();
    await Promise.all([...this.#connections.values()].map((connection) => connection.client.dispose()));
    this.#connections.clear();
  }

  /** Drops an upstream subscription that ended, and its socket's share. */
  #forget(key: string): void {
    const shared = this.#shared.get(key);
    if (!shared) return;
    this.#shared.delete(key);
    const connection = this.#connections.get(shared.connectionName);
    if (connection) this.#release(shared.connectionName, connection);
  }

  #release(name: string, connection: Connection): void {
    connection.subscriptions--;
    if (connection.subscriptions > 0) return;
    this.#connections.delete(name);
    // graphql-ws closes the socket itself after the lazy timeout; dispose frees the client for good.
    setTimeout(() => void connection.client.dispose(), LAZY_CLOSE_MS).unref();
  }

  #connection(name: string, request: UpstreamRequest): Connection {
    const existing = this.#connections.get(name);
    if (existing) {
      existing.authorization = request.authorization;
      return existing;
    }
    const { signingSecret, logger, keepAliveMs } = this.#options;
    const log = logger.child({ subgraph: request.subgraph, component: 'upstream' });
    let socket: WebSocket | undefined;
    let pongTimer: NodeJS.Timeout | undefined;
    const connection: Connection = {
      authorization: request.authorization,
      subscriptions: 0,
      client: createClient({
        url: this.#options.wsUrlOf(request.subgraph),
        webSocketImpl: WebSocket,
        lazy: true,
        lazyCloseTimeout: LAZY_CLOSE_MS,
        keepAlive: keepAliveMs,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        retryWait: async (retries) => {
          const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** retries) * (0.5 + Math.random() / 2);
          await new Promise((resolve) => setTimeout(resolve, delay));
        },
        connectionParams: () => ({ ...signConnectionInit(signingSecret, connection.authorization) }),
        on: {
          connected: (opened) => {
            socket = opened as WebSocket;
            log.debug('upstream socket connected');
          },
          closed: (event) => {
            clearTimeout(pongTimer);
            const { code, reason } = event as { code?: number; reason?: string };
            if (code !== 1000) log.warn({ code, reason: String(reason ?? '') }, 'upstream socket closed; reconnecting');
          },
          ping: (received) => {
            if (received) return;
            clearTimeout(pongTimer);
            pongTimer = setTimeout(() => {
              // terminate, not close: a peer that stopped answering pings will not answer a closing handshake
              // either, and ws would wait 30 s for it before the socket closed and graphql-ws reconnected.
              if (socket?.readyState === WebSocket.OPEN) {
                log.warn({ keepAliveMs }, 'upstream socket missed its pong; dropping it');
                socket.terminate();
              }
            }, keepAliveMs);
            pongTimer.unref();
          },
          pong: (received) => {
            if (received) clearTimeout(pongTimer);
          },
        },
      }),
    };
    this.#connections.set(name, connection);
    return connection;
  }
}

function connectionKey(request: UpstreamRequest): string {
  return `${request.subgraph}\u0000${request.scopeKey}`;
}

/** JSON with object keys sorted, so equal variables give equal keys whatever their order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
