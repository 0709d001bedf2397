import type { Request, Response, Router } from 'express';
import { MAX_IDEMPOTENCY_KEY_LENGTH, objectBody, queryInstant, queryInt } from '../businessRecords.ts';
import type { LmsState } from './state.ts';

export const LMS_MAX_PAGE_SIZE = 100;

/** JSON:API errors: `{ errors: [{ status, code, title, detail, source? }] }`. */
function fail(res: Response, status: number, code: string, title: string, detail: string, pointer?: string): void {
  res.status(status).json({ errors: [{ status: String(status), code, title, detail, ...(pointer ? { source: { pointer } } : {}) }] });
}

function authorised(req: Request, res: Response, state: LmsState): string | null {
  const basic = /^Basic (.+)$/i.exec(req.header('authorization') ?? '');
  const [username, password] = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(':') : [];
  if (!username || state.users.get(username) !== password) {
    res.setHeader('WWW-Authenticate', 'Basic realm="lms"');
    fail(res, 401, 'unauthorized', 'Unauthorized', 'HTTP Basic credentials are missing or wrong.');
    return null;
  }
  return username;
}

/**
 * An LMS's JSON:API: HTTP Basic, learners listed by offset (`page[offset]`, `page[limit]`,
 * `filter[updatedSince]`; answers `data`, `meta.total`), enrollments created as JSON:API documents with an
 * `Idempotency-Key`.
 */
export function mountLmsRoutes(router: Router, state: LmsState): void {
  router.get('/api/ping', (req, res) => {
    if (!authorised(req, res, state)) return;
    res.json({ meta: { ok: true } });
  });

  router.get('/api/learners', (req, res) => {
    if (!authorised(req, res, state)) return;
    const offset = queryInt(req, 'page[offset]', 0, 0, 1_000_000_000);
    const limit = queryInt(req, 'page[limit]', 20, 1, LMS_MAX_PAGE_SIZE);
    const since = queryInstant(req, 'filter[updatedSince]');
    if (offset === null || limit === null || since === null) {
      return fail(res, 400, 'invalid_parameter', 'Invalid parameter', `page[offset] >= 0, page[limit] 1 to ${LMS_MAX_PAGE_SIZE}, filter[updatedSince] an ISO instant`);
    }
    const changed = state.records.changedAfter(since ?? null);
    res.json({
      data: changed.slice(offset, offset + limit).map((r) => ({ type: 'learner', id: r.id, attributes: { ...r.data, updatedAt: r.updatedAt } })),
      meta: { total: changed.length, offset, limit },
    });
  });

  router.post('/api/enrollments', (req, res) => {
    const principal = authorised(req, res, state);
    if (!principal) return;
    const body = objectBody(req);
    const data = body?.data as Record<string, unknown> | undefined;
    const attributes = data?.attributes as Record<string, unknown> | undefined;
    if (!data || data.type !== 'enrollment' || !attributes || typeof attributes !== 'object') {
      return fail(res, 400, 'invalid_document', 'Invalid document', 'The body must be { data: { type: "enrollment", attributes } }.', '/data');
    }
    if (typeof attributes.learnerRef !== 'string' || !attributes.learnerRef) {
      return fail(res, 422, 'validation_failed', 'Validation failed', 'learnerRef is required.', '/data/attributes/learnerRef');
    }
    const key = req.header('idempotency-key') ?? null;
    if (key !== null && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) return fail(res, 400, 'invalid_idempotency_key', 'Invalid header', 'Idempotency-Key is not valid.');
    const accepted = state.writes.accept(principal, key, body!);
    if ('conflict' in accepted) return fail(res, 409, 'idempotency_conflict', 'Conflict', 'This Idempotency-Key was used with another body.');
    res.status(accepted.replayed ? 200 : 201).json({ data: { type: 'enrollment', id: accepted.write.writeId, attributes } });
  });
}
