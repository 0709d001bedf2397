import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { AppError, ErrorCode, type Logger } from '@attendgate/platform';
import type { Authenticator, Caller } from './auth.ts';
import type { RateLimiter } from './rateLimit.ts';
import { REQUEST_ID_HEADER, requestIdFrom } from './requestId.ts';

/** What the guards learn about a request before GraphQL sees it; kept on `res.locals`. */
export interface RequestState {
  requestId: string;
  caller: Caller;
  /** Set when the token was bad; answered after rate limiting, so bad tokens are counted too. */
  authError?: AppError;
}

export function requestState(res: Response): RequestState {
  return res.locals as RequestState;
}

/**
 * The gateway's front door for `/graphql`, in order: request id, caller and rate limit (together), refusal of bad tokens,
 * bounded JSON body. Everything is decided before the body is read, so a refused client costs no parsing.
 * Refusals answer in GraphQL's error shape with a real HTTP status (401, 413, 429).
 */
export function graphqlGuards(options: CallerGuardOptions & { maxBodyBytes: number }): (RequestHandler | ErrorRequestHandler)[] {
  const parseBody = express.json({ limit: options.maxBodyBytes });

  const answerBodyErrors: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
    if (error?.type === 'entity.too.large') {
      return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${options.maxBodyBytes} bytes.`, { limit: options.maxBodyBytes });
    }
    if (error?.type === 'entity.parse.failed') return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    next(error);
  };

  return [...callerGuards(options), parseBody, answerBodyErrors];
}

interface CallerGuardOptions {
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
}

/**
 * The part of the front door every client request passes, GraphQL or file download: request id, caller and
 * rate limit (together, one round trip), then refusal of bad tokens (after counting them).
 */
export function callerGuards(options: CallerGuardOptions): RequestHandler[] {
  const identifyAndLimit: RequestHandler = async (req, res, next) => {
    const state = requestState(res);
    state.requestId = requestIdFrom(req.header(REQUEST_ID_HEADER));
    res.setHeader(REQUEST_ID_HEADER, state.requestId);
    const anonymous = { auth: null, authorization: undefined };
    try {
      state.caller = await options.authenticator.identify(req.header('authorization'));
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      state.caller = anonymous;
      state.authError = error;
    }
    const { caller } = state;
    const clientKey = caller.auth ? `user:${caller.auth.userId}` : `ip:${req.ip ?? 'unknown'}`;
    // Both need the key-value store; asked together they share one round trip (ioredis auto-pipelining).
    const [session, decision] = await Promise.allSettled([
      options.authenticator.assertSessionActive(caller),
      options.rateLimiter.consume(clientKey),
    ]);
    if (session.status === 'rejected') {
      if (!(session.reason instanceof AppError)) return next(session.reason);
      state.caller = anonymous;
      state.authError = session.reason;
    }
    if (decision.status === 'rejected') return next(decision.reason);
    if (!decision.value.allowed) {
      const { retryAfterSeconds } = decision.value;
      res.setHeader('retry-after', String(retryAfterSeconds));
      return sendError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests; try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
    }
    next();
  };

  const refuseBadTokens: RequestHandler = (_req, res, next) => {
    const { authError } = requestState(res);
    if (!authError) return next();
    res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
    sendError(res, 401, authError.code, authError.message);
  };

  return [identifyAndLimit, refuseBadTokens];
}

/**
 * The last Express error handler: nothing unexpected reaches a client with a stack (Express's default page
 * shows one outside production); it is logged under a correlation id instead.
 */
export function unexpectedErrorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const correlationId = randomUUID();
    logger.error({ err: error, correlationId }, 'unexpected error in the HTTP layer');
    if (res.headersSent) return res.end();
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.', { correlationId });
  };
}

export function sendError(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
