import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes.ts';

/** Extra, client-safe facts about an error (which field, when a lock ends); never internals. */
export type ErrorDetails = Record<string, string | number | boolean | null | readonly string[]>;

/**
 * The one error type services throw on purpose.
 *
 * It is a GraphQLError so that Apollo Server and graphql-shield pass it through untouched, with the code and
 * details in `extensions`. Anything that is not an AppError (or a graphql-js validation error) is treated as
 * a bug and masked by `formatError`.
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
    this.code = code;
  }

  static badInput(message: string, field?: string, details: ErrorDetails = {}): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field, ...details } : details);
  }

  static unauthenticated(message = 'Authentication is required.'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'You are not allowed to do this.'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }

  static conflict(message: string, field?: string): AppError {
    return new AppError(ErrorCode.CONFLICT, message, field ? { field } : {});
  }

  static upstreamUnavailable(message: string): AppError {
    return new AppError(ErrorCode.UPSTREAM_UNAVAILABLE, message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
