import express, { type NextFunction, type Request, type Response } from 'express';
import { verifyRequestSignature, CLIENT_ADDRESS_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../auth/requestSigning.ts';
import { ErrorCode } from '../errors/codes.ts';
import type { Logger } from '../logging/logger.ts';

/**
 * The subgraph's front door: reads the raw body (bounded), refuses it unless the gateway signed exactly these
 * bytes recently, then parses the JSON for Apollo Server. Runs before GraphQL, so unsigned `_entities` and
 * `_service` requests never reach a resolver.
 */
export function signedJsonBody(options: { secret: string; maxAgeMs: number; maxBytes: number; logger: Logger }) {
  const raw = express.raw({ type: () => true, limit: options.maxBytes });
  return [
    raw,
    (req: Request, res: Response, next: NextFunction) => {
      const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const check = verifyRequestSignature(
        options.secret,
        {
          timestamp: req.header(TIMESTAMP_HEADER),
          signature: req.header(SIGNATURE_HEADER),
          authorization: req.header('authorization'),
          clientAddress: req.header(CLIENT_ADDRESS_HEADER),
          body,
        },
        options.maxAgeMs,
      );
      if (!check.ok) {
        options.logger.warn({ reason: check.reason, ip: req.ip }, 'refused unsigned or badly signed request');
        res.status(401).json({ errors: [{ message: 'Requests must come through the gateway.', extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
        return;
      }
      try {
        req.body = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      next();
    },
    // express.raw reports an oversized body as an error with status 413; answer it in GraphQL's shape.
    (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
      if (error?.type === 'entity.too.large') {
        res.status(413).json({ errors: [{ message: 'The request body is too large.', extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }] });
        return;
      }
      next(error);
    },
  ];
}
