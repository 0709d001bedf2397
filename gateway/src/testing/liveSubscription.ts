import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One message of a live subscription, with the time it arrived (for latency checks). */
export interface LiveMessage {
  at: number;
  data?: any;
  errors?: any[];
}

/**
 * A client's subscription through the gateway (graphql-ws, no reconnects), collecting every message as it
 * arrives. `dispose` the client when done (tests keep the clients they open and dispose them afterwards).
 */
export function subscribeThroughGateway(gatewayUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const client: Client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  const messages: LiveMessage[] = [];
  let ended = false;
  client.subscribe({ query, variables }, {
    next: (message) => void messages.push({ at: Date.now(), ...(message as object) }),
    error: (error) => void messages.push({ at: Date.now(), errors: [error] }),
    complete: () => {
      ended = true;
    },
  });
  return {
    client,
    messages,
    get ended() {
      return ended;
    },
  };
}
