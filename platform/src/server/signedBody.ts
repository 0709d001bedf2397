import express, { type NextFunction, type Request, type Response } from 'express';
import { ErrorCode } from '../errors/codes.ts';
import type { Logger } from '../logging/logger.ts';
import { passesGatewaySignature } from './gatewaySignature.ts';

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
      if (!passesGatewaySignature(req, res, body, options)) return;
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
