import type { AuthClaims, Logger } from '@attendgate/platform';

/**
 * What the gateway knows about one operation while it plans and fetches: the verified caller, the header
 * to forward to subgraphs, and the id that ties its log lines together. HTTP builds it per request; the
 * graphql-ws path will build the same thing per operation, so data sources work unchanged for both.
 */
export interface GatewayContext {
  requestId: string;
  auth: AuthClaims | null;
  /** The verified `Bearer <token>` header forwarded to subgraphs (which verify it again). */
  authorization: string | undefined;
  /** The end client's IP address, forwarded (signed) to subgraphs for their abuse limits; unset for work done
   * on behalf of a group (shared subscription events). */
  clientAddress?: string | undefined;
  logger: Logger;
}
