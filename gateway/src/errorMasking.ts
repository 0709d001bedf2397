import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, KNOWN_CODES, stripInternals, type Logger } from '@attendgate/platform';
import { SubgraphRequestError, TRANSIENT_FAILURES } from './subgraphRequestError.ts';

/** Shown when a subgraph cannot be reached; the client may retry. */
export const UPSTREAM_UNAVAILABLE_MESSAGE = 'A service this request needs is temporarily unavailable. Please try again shortly.';
const INTERNAL_MESSAGE = 'Internal server error.';
/** How far down `originalError` chains to look (Apollo Server and the gateway each wrap once or twice). */
const MAX_CAUSE_DEPTH = 5;

/**
 * Apollo Server's `formatError` for the gateway: what leaves it never names a subgraph, its URL, a stack or SQL.
 *
 * - A failed subgraph call (SubgraphRequestError) is logged with a correlation id; the client gets
 *   UPSTREAM_UNAVAILABLE when retrying later can help (down, timed out, 502-504), else INTERNAL_SERVER_ERROR.
 * - An error that carries one of our known codes in its own extensions passes through, minus internal
 *   extensions (`serviceName`, `response`, stacks). The innermost such code wins: Apollo Server rewrites a
 *   validation rule's QUERY_TOO_COMPLEX to GRAPHQL_VALIDATION_FAILED on the outer error.
 * - INTERNAL_SERVER_ERROR keeps only its correlation id (a subgraph's, which its own logs hold, or a new one).
 * - Anything else (a subgraph error without a code, a bug in the gateway, an @apollo/gateway message such as
 *   "request to http://... failed") is logged and replaced by INTERNAL_SERVER_ERROR with a correlation id.
 */
export function createGatewayFormatError(logger: Logger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const causes = causeChain(error);
    const failure = causes.find((cause): cause is SubgraphRequestError => cause instanceof SubgraphRequestError);
    if (failure) {
      const transient = TRANSIENT_FAILURES.has(failure.failure);
      return masked(formatted, transient ? ErrorCode.UPSTREAM_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR, failure, {
        subgraph: failure.subgraph, url: failure.url, status: failure.status, failure: failure.failure, reason: rootCause(failure),
      });
    }
    const code = innermostKnownCode(causes);
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
      const theirs = formatted.extensions?.correlationId;
      if (typeof theirs === 'string') return withoutDetails(formatted, INTERNAL_MESSAGE, { code, correlationId: theirs });
    } else if (code) {
      return publicError({ ...formatted, extensions: { ...formatted.extensions, code } });
    }
    return masked(formatted, ErrorCode.INTERNAL_SERVER_ERROR, error, {
      message: formatted.message, subgraph: formatted.extensions?.serviceName, code: formatted.extensions?.code,
    });
  };

  function masked(formatted: GraphQLFormattedError, code: ErrorCode, cause: unknown, details: Record<string, unknown>): GraphQLFormattedError {
    const correlationId = randomUUID();
    logger.error({ err: cause, correlationId, path: formatted.path, ...details }, 'operation failed; the client saw a masked error');
    const message = code === ErrorCode.UPSTREAM_UNAVAILABLE ? UPSTREAM_UNAVAILABLE_MESSAGE : INTERNAL_MESSAGE;
    return withoutDetails(formatted, message, { code, correlationId });
  }
}

/** Known-code errors keep their message and details, minus internals (`serviceName`, `response` with a URL). */
function publicError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return stripInternals(formatted);
}

function withoutDetails(formatted: GraphQLFormattedError, message: string, extensions: Record<string, unknown>): GraphQLFormattedError {
  return {
    message,
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions,
  };
}

/** The error and what it wraps (`originalError`, then `cause`), outermost first. */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current && typeof current === 'object' && chain.length < MAX_CAUSE_DEPTH && !chain.includes(current)) {
    chain.push(current);
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return chain;
}

/** The bottom of an error's `cause` chain, as an operator wants it: `ECONNREFUSED`, or the message. */
function rootCause(error: SubgraphRequestError): string | undefined {
  let current: unknown = error.originalError;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && (current as { cause?: unknown } | undefined)?.cause; depth++) {
    current = (current as { cause: unknown }).cause;
  }
  if (!current || typeof current !== 'object') return undefined;
  const { code, message } = current as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? code : typeof message === 'string' ? message : undefined;
}

/**
 * The innermost code from our catalogue that an error in the chain states in its own extensions. Codes
 * Apollo Server fills in by default (INTERNAL_SERVER_ERROR on plain errors) are not in any extensions of the
 * chain, so they never count as "stated". Subgraph errors arrive as a GraphQLError wrapping the subgraph's
 * plain JSON error; both state the subgraph's code.
 */
function innermostKnownCode(chain: unknown[]): string | undefined {
  for (const cause of [...chain].reverse()) {
    const code = (cause as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) return code;
  }
  return undefined;
}
