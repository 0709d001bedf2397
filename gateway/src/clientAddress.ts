import type http from 'node:http';
import type { Express } from 'express';
import proxyaddr from 'proxy-addr';

/** The end client's IP address for a raw HTTP request (a WebSocket upgrade). */
export type ClientAddressOf = (request: http.IncomingMessage) => string;

/**
 * Reads the client address of WebSocket upgrades exactly as Express computes `req.ip` for HTTP requests:
 * with the app's compiled "trust proxy" setting (GATEWAY_TRUSTED_PROXIES), so `X-Forwarded-For` is believed
 * from the same proxies on both transports and from nobody else. Rate limits and the address forwarded to
 * subgraphs (for their abuse limits) then agree whichever way a client connects.
 */
export function clientAddressResolver(app: Express): ClientAddressOf {
  const trust = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  return (request) => proxyaddr(request, trust);
}
