import type { Request, Response, Router } from 'express';
import { MAX_IDEMPOTENCY_KEY_LENGTH, objectBody, queryInt, queryString } from '../businessRecords.ts';
import type { MarketingState } from './state.ts';

export const MARKETING_MAX_COUNT = 500;

/** Mailchimp-like errors: `{ status: "error", error_code, detail, field? }`. */
function fail(res: Response, status: number, errorCode: string, detail: string, field?: string): void {
  res.status(status).json({ status: 'error', error_code: errorCode, detail, ...(field ? { field } : {}) });
}

function authorised(req: Request, res: Response, state: MarketingState): string | null {
  const bearer = /^Bearer (.+)$/i.exec(req.header('authorization') ?? '');
  if (!bearer || !state.apiKeys.has(bearer[1]!)) {
    fail(res, 401, 'AUTH_FAILED', 'The API key (Authorization: Bearer) is missing or not valid.');
    return null;
  }
  return bearer[1]!;
}

/** Since-tokens are the store's change number, opaque to clients. */
const encodeToken = (sequence: number) => `st_${sequence.toString(36)}`;
function decodeToken(token: string): number | null {
  const match = /^st_([0-9a-z]{1,10})$/.exec(token);
  return match ? parseInt(match[1]!, 36) : null;
}

/**
 * A marketing tool's API: the API key as a Bearer token, audience members listed by since-token
 * (`since_token`, `count`; answers `members`, `next_since_token`, `has_more`: the token of the last page is
 * what the next sync starts from), events tracked with an `X-Idempotency-Key` header.
 */
export function mountMarketingRoutes(router: Router, state: MarketingState): void {
  router.get('/v3/ping', (req, res) => {
    if (!authorised(req, res, state)) return;
    res.json({ health_status: "Everything's Chimpy!" });
  });

  router.get('/v3/audience/members', (req, res) => {
    if (!authorised(req, res, state)) return;
    const count = queryInt(req, 'count', 100, 1, MARKETING_MAX_COUNT);
    if (count === null) return fail(res, 400, 'INVALID_PARAMETER', `count must be 1 to ${MARKETING_MAX_COUNT}`, 'count');
    const token = queryString(req, 'since_token');
    const since = token ? decodeToken(token) : 0;
    if (since === null) return fail(res, 400, 'INVALID_PARAMETER', 'since_token is not valid', 'since_token');
    const changed = state.records.changedAfterSequence(since);
    const page = changed.slice(0, count);
    const last = page.at(-1)?.sequence ?? since;
    res.json({
      members: page.map((r) => ({ ...r.data, id: r.id, last_changed: r.updatedAt })),
      next_since_token: encodeToken(last),
      has_more: changed.length > count,
    });
  });

  router.post('/v3/events', (req, res) => {
    const principal = authorised(req, res, state);
    if (!principal) return;
    const body = objectBody(req);
    if (!body) return fail(res, 400, 'INVALID_PAYLOAD', 'The body must be a JSON object.');
    if (typeof body.event_name !== 'string' || !body.event_name) return fail(res, 400, 'INVALID_PAYLOAD', 'event_name is required.', 'event_name');
    const key = req.header('x-idempotency-key') ?? null;
    if (key !== null && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) return fail(res, 400, 'INVALID_PARAMETER', 'X-Idempotency-Key is not valid.');
    const accepted = state.writes.accept(principal, key, body);
    if ('conflict' in accepted) return fail(res, 409, 'IDEMPOTENCY_CONFLICT', 'This X-Idempotency-Key was used with another body.');
    res.status(accepted.replayed ? 200 : 202).json({ status: 'accepted', event_id: accepted.write.writeId, replayed: accepted.replayed });
  });
}
