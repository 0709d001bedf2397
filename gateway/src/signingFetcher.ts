import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { CLIENT_ADDRESS_HEADER, signRequest } from '@attendgate/platform';
import type { Dispatcher } from 'undici';
import { SubgraphRequestError } from './subgraphRequestError.ts';
import { subgraphResponse, type FetcherResponse } from './subgraphResponse.ts';

/** The fetch function RemoteGraphQLDataSource calls (@apollo/utils.fetcher's shape). */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;

/**
 * The `fetcher` of one subgraph's data source: signs the exact body bytes it is about to send (platform
 * `signRequest`: timestamp, the forwarded Authorization header and client address, sha256 of the body), sends them through the
 * shared keep-alive client, and gives up after the subgraph's timeout.
 *
 * Signing here rather than in `willSendRequest` matters: RemoteGraphQLDataSource serialises the body after
 * `willSendRequest` runs, so only the fetcher sees the bytes that actually go over the wire.
 *
 * Connection failures and timeouts become SubgraphRequestError, so they can be told apart from GraphQL
 * errors and masked (the underlying errors' messages contain the subgraph's URL).
 */
export function createSigningFetcher(options: {
  subgraph: string;
  secret: string;
  timeoutMs: number;
  dispatcher: Dispatcher;
}): Fetcher {
  return async function signingFetch(url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> {
    const body = init.body ?? '';
    const headers: Record<string, string> = { ...init.headers };
    const authorization = headerValue(headers, 'authorization');
    const clientAddress = headerValue(headers, CLIENT_ADDRESS_HEADER);
    Object.assign(headers, signRequest(options.secret, body, authorization, { clientAddress }));
    // A timer cleared when the answer is in, rather than AbortSignal.timeout: that one fires (and builds its
    // TimeoutError) for every request once its time is up, finished or not.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    try {
      // undici's `request` rather than its `fetch`: the same keep-alive pool without the WHATWG stream
      // machinery, which was a third of the gateway's CPU per request (docs/benchmarks.md).
      const target = new URL(url);
      const response = await options.dispatcher.request({
        origin: target.origin,
        path: target.pathname + target.search,
        method: (init.method ?? 'POST') as Dispatcher.HttpMethod,
        headers,
        body,
        signal: init.signal ? AbortSignal.any([init.signal as AbortSignal, timeout.signal]) : timeout.signal,
      });
      // Read the body inside the timeout too, so a subgraph that stalls mid-answer is cut off as well.
      const text = await response.body.text();
      return subgraphResponse(url, response.statusCode, response.headers, text);
    } catch (error) {
      throw new SubgraphRequestError(options.subgraph, timeout.signal.aborted ? 'timeout' : 'unreachable', { url, cause: error });
    } finally {
      clearTimeout(timer);
    }
  };
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}
