import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logging/logger.ts';
import { AppError } from './AppError.ts';
import { ErrorCode, FRAMEWORK_CODES } from './codes.ts';

/** Extensions we never let out: they name internal services, URLs or stack frames. */
const INTERNAL_EXTENSIONS = ['exception', 'stacktrace', 'serviceName', 'http', 'query', 'variables', 'response'];

/**
 * Builds Apollo Server's `formatError` hook.
 *
 * An AppError and graphql-js's own request errors (parse, validation, variable coercion) reach the client as
 * they are. Anything else is an unexpected failure: it is logged in full with a fresh correlation id, and the
 * client sees only INTERNAL_SERVER_ERROR with that id, so support can find the log line without the response
 * leaking SQL, URLs or stacks.
 */
export function createFormatError(logger: Logger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = originalOf(error);
    if (original instanceof AppError) return stripInternals(formatted);
    // graphql-js's own request errors (parse, validation, variable and enum coercion) are GraphQLErrors all the
    // way down; a plain Error underneath means a resolver or library failed, whatever code was stamped on top.
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && FRAMEWORK_CODES.has(code) && (original === error || original instanceof GraphQLError)) {
      return stripInternals(formatted);
    }
    const correlationId = randomUUID();
    logger.error({ err: original ?? error, correlationId, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Internal server error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}

export function stripInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions) return formatted;
  const extensions = { ...formatted.extensions };
  for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
  return { ...formatted, extensions };
}

function originalOf(error: unknown): unknown {
  let current = error;
  // GraphQLError wraps resolver errors in `originalError`, sometimes twice (graphql-middleware, Apollo).
  for (let depth = 0; depth < 5 && current && typeof current === 'object' && 'originalError' in current; depth++) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
}
