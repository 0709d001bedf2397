import { randomUUID } from 'node:crypto';

/** What a client-supplied request id may look like: short, and safe to put in headers and log lines. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id that follows one request through the gateway's and every subgraph's logs (`x-request-id`).
 * A caller's own id is kept when it is sane (so a client or load balancer can correlate too); anything
 * else is replaced by a fresh UUID rather than echoed into logs.
 */
export function requestIdFrom(header: string | undefined): string {
  return header && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

export const REQUEST_ID_HEADER = 'x-request-id';
