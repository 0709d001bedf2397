import type { Request, Response } from 'express';
import { CLIENT_ADDRESS_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRequestSignature } from '../auth/requestSigning.ts';
import { ErrorCode } from '../errors/codes.ts';
import type { Logger } from '../logging/logger.ts';

export interface GatewaySignatureOptions {
  secret: string;
  maxAgeMs: number;
  logger: Logger;
}

/**
 * The check at every door of a subgraph (`/graphql`, `/files`): the gateway's signature over `signed` (the
 * body, or a GET's request line), the caller's Authorization header and the client address. On failure it
 * answers 401 in GraphQL's error shape, logs why, and returns false; nothing else runs.
 */
export function passesGatewaySignature(req: Request, res: Response, signed: string | Buffer, options: GatewaySignatureOptions): boolean {
  const check = verifyRequestSignature(
    options.secret,
    {
      timestamp: req.header(TIMESTAMP_HEADER),
      signature: req.header(SIGNATURE_HEADER),
      authorization: req.header('authorization'),
      clientAddress: req.header(CLIENT_ADDRESS_HEADER),
      body: signed,
    },
    options.maxAgeMs,
  );
  if (check.ok) return true;
  options.logger.warn({ reason: check.reason, ip: req.ip, path: req.path }, 'refused unsigned or badly signed request');
  res.status(401).json({ errors: [{ message: 'Requests must come through the gateway.', extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
  return false;
}
