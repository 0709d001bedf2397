import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * JSON body parsing that never answers by itself. Each simulator must reply to a bad body the way the real
 * system does (the tax office says `{"status_code":"BAD_JSON_REQUEST"}`), and the request log must still
 * see the request, so parse failures are noted in res.locals instead of short-circuiting the chain.
 */
export const JSON_BODY_LIMIT = '256kb';

export type BodyError = 'invalid-json' | 'too-large';

const parseJson = express.json({ limit: JSON_BODY_LIMIT });

export function lenientJson(req: Request, res: Response, next: NextFunction): void {
  parseJson(req, res, (error?: unknown) => {
    if (error) {
      const type = (error as { type?: unknown }).type;
      res.locals.bodyError = (type === 'entity.too.large' ? 'too-large' : 'invalid-json') satisfies BodyError;
      req.body = undefined;
    }
    next();
  });
}

/** Why the body could not be parsed, if it could not. */
export function bodyErrorOf(res: Response): BodyError | undefined {
  return res.locals.bodyError as BodyError | undefined;
}
