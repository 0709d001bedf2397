import { pipeline } from 'node:stream/promises';
import type { RequestHandler } from 'express';
import type { Dispatcher } from 'undici';
import { ErrorCode, fileRequestSigningInput, FILES_PATH, signRequest, type Logger } from '@attendgate/platform';
import { requestState, sendError } from './httpGuards.ts';
import { REQUEST_ID_HEADER } from './requestId.ts';

/** Response headers a subgraph's file may set; everything else (internal hosts, cookies) stays inside. */
const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'etag', 'last-modified'] as const;
/** Request headers passed to the subgraph, for conditional downloads. */
const FORWARDED_REQUEST_HEADERS = ['if-none-match', 'if-modified-since'] as const;

/**
 * `GET /files/<subgraph>/<path>`: files a subgraph serves (generated images, CSV exports), through the
 * gateway's own origin so clients and media channels need no other address.
 *
 * The request has passed the caller guards (token check, rate limit). It goes to `<subgraph>/files/<path>`
 * signed like a GraphQL request (the signature covers the method and exact target instead of a body), with
 * the caller's Authorization and address, so the subgraph applies its own rules (ownership, signed links).
 * The answer is streamed, not buffered: a large export costs the gateway no memory. Only content headers
 * pass back; failures are answered without the subgraph's address.
 */
export function fileProxy(options: {
  routes: ReadonlyMap<string, string>;
  dispatcher: Dispatcher;
  signingSecret: string;
  /** Time to the first byte, and the longest pause between chunks. */
  timeoutMs: number;
  logger: Logger;
}): RequestHandler {
  return async (req, res) => {
    const subgraph = String(req.params.subgraph);
    const route = options.routes.get(subgraph);
    if (!route) return sendError(res, 404, ErrorCode.NOT_FOUND, 'No such file.');
    const prefix = `${FILES_PATH}/${encodeURIComponent(subgraph)}`;
    if (!req.originalUrl.startsWith(prefix + '/')) return sendError(res, 404, ErrorCode.NOT_FOUND, 'No such file.');
    const target = FILES_PATH + req.originalUrl.slice(prefix.length);

    const { requestId, caller } = requestState(res);
    const headers: Record<string, string> = {
      [REQUEST_ID_HEADER]: requestId,
      ...signRequest(options.signingSecret, fileRequestSigningInput('GET', target), caller.authorization, { clientAddress: req.ip }),
    };
    if (caller.authorization) headers.authorization = caller.authorization;
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.header(name);
      if (value) headers[name] = value;
    }

    const origin = new URL(route).origin;
    let upstream: Dispatcher.ResponseData;
    try {
      upstream = await options.dispatcher.request({
        origin, path: target, method: 'GET', headers, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs,
      });
    } catch (error) {
      options.logger.warn({ err: error, subgraph, requestId }, 'file request to subgraph failed');
      return sendError(res, 502, ErrorCode.UPSTREAM_UNAVAILABLE, 'The file cannot be fetched right now; try again later.');
    }

    res.status(upstream.statusCode);
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers[name];
      if (typeof value === 'string') res.setHeader(name, value);
    }
    res.setHeader('x-content-type-options', 'nosniff');
    try {
      await pipeline(upstream.body, res);
    } catch (error) {
      // The client went away or the subgraph stalled mid-file: the response is already under way, so end it.
      options.logger.debug({ err: error, subgraph, requestId }, 'file response interrupted');
      upstream.body.destroy();
      res.destroy();
    }
  };
}
