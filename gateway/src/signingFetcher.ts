import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { CLIENT_ADDRESS_HEADER, signRequest } from '@attendgate/platform';
import { Response, type Dispatcher } from 'undici';
import { SubgraphRequestError } from './subgraphRequestError.ts';

/** The fetch function RemoteGraphQLDataSource calls (@apollo/utils.fetcher's shape). */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

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
    const timeout = AbortSignal.timeout(options.timeoutMs);
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
        signal: init.signal ? AbortSignal.any([init.signal as AbortSignal, timeout]) : timeout,
      });
      // Read the body inside the timeout too, so a subgraph that stalls mid-answer is cut off as well.
      const text = await response.body.text();
      return new Response(text, { status: response.statusCode, headers: toHeaderPairs(response.headers) }) as unknown as FetcherResponse;
    } catch (error) {
      throw new SubgraphRequestError(options.subgraph, timeout.aborted ? 'timeout' : 'unreachable', { url, cause: error });
    }
  };
}

function toHeaderPairs(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (Array.isArray(value)) for (const item of value) pairs.push([name, item]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}
