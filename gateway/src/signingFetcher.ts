import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { signRequest } from '@attendgate/platform';
import { fetch, Response, type Dispatcher } from 'undici';
import { SubgraphRequestError } from './subgraphRequestError.ts';

/** The fetch function RemoteGraphQLDataSource calls (@apollo/utils.fetcher's shape). */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * The `fetcher` of one subgraph's data source: signs the exact body bytes it is about to send (platform
 * `signRequest`: timestamp, the forwarded Authorization header, sha256 of the body), sends them through the
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
    Object.assign(headers, signRequest(options.secret, body, authorization));
    const timeout = AbortSignal.timeout(options.timeoutMs);
    try {
      const response = await fetch(url, {
        method: init.method ?? 'POST',
        headers,
        body,
        signal: init.signal ? AbortSignal.any([init.signal as AbortSignal, timeout]) : timeout,
        dispatcher: options.dispatcher,
      });
      // Read the body inside the timeout too, so a subgraph that stalls mid-answer is cut off as well.
      const text = await response.text();
      return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers }) as unknown as FetcherResponse;
    } catch (error) {
      throw new SubgraphRequestError(options.subgraph, timeout.aborted ? 'timeout' : 'unreachable', { url, cause: error });
    }
  };
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}
