import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { CLIENT_ADDRESS_HEADER, ErrorCode, KNOWN_CODES } from '@attendgate/platform';
import type { Dispatcher } from 'undici';
import type { GatewayContext } from './context.ts';
import { REQUEST_ID_HEADER } from './requestId.ts';
import { createSigningFetcher } from './signingFetcher.ts';
import { SubgraphRequestError, type SubgraphFailure } from './subgraphRequestError.ts';

/** Statuses that mean "something in front of the subgraph says it is not there right now". */
const UNAVAILABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * How the gateway talks to one subgraph: every request carries the caller's verified Authorization header
 * and the request id, is signed over its exact bytes, and goes through the shared keep-alive client with the
 * subgraph's timeout.
 *
 * Non-2xx answers replace RemoteGraphQLDataSource's default error, which puts the subgraph's URL and raw
 * body into `extensions.response`. An answer that is a GraphQL error with one of our codes (a subgraph whose
 * own token check failed, say TOKEN_EXPIRED in a race with expiry) is passed on as that error; everything
 * else becomes a SubgraphRequestError for the masking to log and hide.
 */
export function createSubgraphDataSource(options: {
  name: string;
  url: string;
  timeoutMs: number;
  signingSecret: string;
  dispatcher: Dispatcher;
}): RemoteGraphQLDataSource<GatewayContext> {
  const { name, url } = options;
  return new RemoteGraphQLDataSource<GatewayContext>({
    url,
    fetcher: createSigningFetcher({ subgraph: name, secret: options.signingSecret, timeoutMs: options.timeoutMs, dispatcher: options.dispatcher }),
    // Subgraph answers are per caller; never let them feed a shared cache policy.
    honorSubgraphCacheControlHeader: false,
    willSendRequest({ request, context }) {
      const headers = request.http?.headers;
      if (!headers) return;
      // Health checks and schema loads run with an empty context: nothing to forward then.
      if (context.authorization) headers.set('authorization', context.authorization);
      if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
      if (context.clientAddress) headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
    },
    async errorFromResponse(response) {
      const { status } = response;
      // The subgraph's door (signature check) answers 401; no GraphQL ran, so this is ours to fix.
      if (status === 401 || status === 403) return new SubgraphRequestError(name, 'refused', { url, status });
      const passOn = knownGraphQLError(await response.text().catch(() => ''));
      if (passOn) return passOn;
      const failure: SubgraphFailure = UNAVAILABLE_STATUSES.has(status) ? 'unavailable' : 'failed';
      return new SubgraphRequestError(name, failure, { url, status });
    },
  });
}

/**
 * The first error of a GraphQL error body when it carries a code clients understand (Apollo Server answers
 * HTTP 500 when building the request context fails, e.g. on the subgraph's own token check).
 * INTERNAL_SERVER_ERROR is not passed on: there is nothing in it for the client, and the masking adds a
 * correlation id of its own.
 */
function knownGraphQLError(body: string): GraphQLError | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const first = (parsed as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null)?.errors?.[0];
  const code = first?.extensions?.code;
  if (typeof code !== 'string' || typeof first?.message !== 'string') return undefined;
  if (!KNOWN_CODES.has(code) || code === ErrorCode.INTERNAL_SERVER_ERROR) return undefined;
  return new GraphQLError(first.message, { extensions: { code } });
}
