import type { Request, Response, Router } from 'express';
import { MAX_IDEMPOTENCY_KEY_LENGTH, objectBody, queryInstant, queryInt, queryString } from '../businessRecords.ts';
import type { CrmState } from './state.ts';

export const CRM_MAX_PAGE_SIZE = 100;

/** Stripe-like errors: `{ error: { type, code, message, param? } }`. */
function fail(res: Response, status: number, type: string, code: string, message: string, param?: string): void {
  res.status(status).json({ error: { type, code, message, ...(param ? { param } : {}) } });
}

function authorised(req: Request, res: Response, state: CrmState): string | null {
  const key = req.header('x-api-key');
  if (!key || !state.apiKeys.has(key)) {
    fail(res, 401, 'authentication_error', 'invalid_api_key', 'The X-Api-Key header is missing or not valid.');
    return null;
  }
  return key;
}

const encodeCursor = (sequence: number) => Buffer.from(`seq:${sequence}`).toString('base64url');
function decodeCursor(cursor: string): number | null {
  const match = /^seq:([0-9]{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/**
 * A CRM's REST API: API key in `X-Api-Key`, contacts listed by opaque cursor (`cursor`, `limit`,
 * `updated_after`; answers `data`, `has_more`, `next_cursor`), contacts upserted by `external_ref` with an
 * `Idempotency-Key` header.
 */
export function mountCrmRoutes(router: Router, state: CrmState): void {
  router.get('/v1/account', (req, res) => {
    if (!authorised(req, res, state)) return;
    res.json({ account: { id: 'acct_demo', name: 'Demo CRM account' } });
  });

  router.get('/v1/contacts', (req, res) => {
    if (!authorised(req, res, state)) return;
    const limit = queryInt(req, 'limit', 25, 1, CRM_MAX_PAGE_SIZE);
    if (limit === null) return fail(res, 400, 'invalid_request_error', 'parameter_invalid', `limit must be 1 to ${CRM_MAX_PAGE_SIZE}`, 'limit');
    const updatedAfter = queryInstant(req, 'updated_after');
    if (updatedAfter === null) return fail(res, 400, 'invalid_request_error', 'parameter_invalid', 'updated_after must be an ISO 8601 instant', 'updated_after');
    const cursor = queryString(req, 'cursor');
    const afterSequence = cursor ? decodeCursor(cursor) : 0;
    if (afterSequence === null) return fail(res, 400, 'invalid_request_error', 'parameter_invalid', 'cursor is not valid', 'cursor');
    const changed = state.records.changedAfter(updatedAfter ?? null).filter((r) => r.sequence > afterSequence);
    const page = changed.slice(0, limit);
    const hasMore = changed.length > limit;
    res.json({
      data: page.map((r) => ({ ...r.data, id: r.id, updated_at: r.updatedAt })),
      has_more: hasMore,
      next_cursor: hasMore ? encodeCursor(page.at(-1)!.sequence) : null,
    });
  });

  router.post('/v1/contacts', (req, res) => {
    const principal = authorised(req, res, state);
    if (!principal) return;
    const body = objectBody(req);
    if (!body) return fail(res, 400, 'invalid_request_error', 'body_invalid', 'The body must be a JSON object.');
    if (typeof body.external_ref !== 'string' || !body.external_ref) {
      return fail(res, 422, 'invalid_request_error', 'parameter_missing', 'external_ref is required.', 'external_ref');
    }
    const key = req.header('idempotency-key') ?? null;
    if (key !== null && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      return fail(res, 400, 'invalid_request_error', 'idempotency_key_invalid', `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`);
    }
    const accepted = state.writes.accept(principal, key, body);
    if ('conflict' in accepted) return fail(res, 409, 'idempotency_error', 'idempotency_key_reused', 'This Idempotency-Key was used with another body.');
    if (!accepted.replayed) state.records.upsert(`crm-ext-${body.external_ref}`, body);
    res.setHeader('Idempotent-Replayed', String(accepted.replayed));
    res.status(accepted.replayed ? 200 : 201).json({ id: accepted.write.writeId, object: 'contact', external_ref: body.external_ref });
  });
}
