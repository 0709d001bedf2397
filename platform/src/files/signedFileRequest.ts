import type { RequestHandler } from 'express';
import { CLIENT_ADDRESS_HEADER } from '../auth/requestSigning.ts';
import type { AccessTokenVerifier, AuthClaims } from '../auth/accessTokens.ts';
import { AppError } from '../errors/AppError.ts';
import { ErrorCode } from '../errors/codes.ts';
import type { Logger } from '../logging/logger.ts';
import { passesGatewaySignature } from '../server/gatewaySignature.ts';
import { authenticate } from '../server/requestAuth.ts';

/** What a file route learns about its caller (`res.locals`), as GraphQL resolvers do from their context. */
export interface FileRequestLocals {
  auth: AuthClaims | null;
  clientAddress: string | null;
}

/** The bytes the gateway signs for a GET: the request line, since there is no body. */
export function fileRequestSigningInput(method: string, target: string): string {
  return `${method} ${target}`;
}

/**
 * The door of a subgraph's `/files` routes, like `signedJsonBody` for `/graphql`: only GET requests the
 * gateway signed (over the method and exact target, the caller's Authorization and address) pass; the
 * caller's token is verified again and put on `res.locals` with the client address.
 */
export function signedFileRequest(options: { secret: string; maxAgeMs: number; verifyAccessToken: AccessTokenVerifier; logger: Logger }): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.status(405).set('allow', 'GET, HEAD').end();
      return;
    }
    if (!passesGatewaySignature(req, res, fileRequestSigningInput('GET', req.originalUrl), options)) return;
    try {
      const locals: FileRequestLocals = {
        auth: await authenticate(options.verifyAccessToken, req.header('authorization')),
        clientAddress: req.header(CLIENT_ADDRESS_HEADER) ?? null,
      };
      Object.assign(res.locals, locals);
    } catch (error) {
      const code = error instanceof AppError ? error.code : ErrorCode.UNAUTHENTICATED;
      res.status(401).json({ errors: [{ message: 'The access token is not valid.', extensions: { code } }] });
      return;
    }
    next();
  };
}
