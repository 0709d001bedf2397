import express, { type Request, type Response, type Router } from 'express';
import { MAX_IDEMPOTENCY_KEY_LENGTH, objectBody, queryInstant, queryInt } from '../businessRecords.ts';
import type { ErpState } from './state.ts';

export const ERP_MAX_PAGE_SIZE = 200;

/** SAP-like faults: `{ fault: { code, message, details? } }`. */
function fault(res: Response, status: number, code: string, message: string, details?: object[]): void {
  res.status(status).json({ fault: { code, message, ...(details ? { details } : {}) } });
}

/** RFC 6749 token errors: `{ error, error_description }`. */
function tokenError(res: Response, status: number, error: string, description: string): void {
  res.status(status).json({ error, error_description: description });
}

function clientCredentials(req: Request): { clientId?: string; clientSecret?: string; grantType?: string } {
  const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const basic = /^Basic (.+)$/i.exec(req.header('authorization') ?? '');
  if (basic) {
    const [clientId, clientSecret] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':');
    return { clientId, clientSecret, grantType: text(body.grant_type) };
  }
  return { clientId: text(body.client_id), clientSecret: text(body.client_secret), grantType: text(body.grant_type) };
}

function authorised(req: Request, res: Response, state: ErpState): string | null {
  const bearer = /^Bearer (.+)$/i.exec(req.header('authorization') ?? '');
  const client = bearer ? state.clientOf(bearer[1]!) : undefined;
  if (!client) {
    fault(res, 401, 'AUTH.TOKEN_INVALID', 'The access token is missing, expired or revoked.');
    return null;
  }
  return client;
}

/**
 * An ERP's REST API: OAuth2 client credentials at `POST /oauth/token` (form or JSON body, or HTTP Basic
 * client authentication), Bearer tokens on `/api`, customers listed by page number (`page`, `pageSize`,
 * `modifiedSince`; answers `items`, `page`, `totalPages`), sales orders created with an `Idempotency-Key`.
 */
export function mountErpRoutes(router: Router, state: ErpState): void {
  router.post('/oauth/token', express.urlencoded({ extended: false, limit: '16kb' }), (req, res) => {
    const { clientId, clientSecret, grantType } = clientCredentials(req);
    if (grantType !== 'client_credentials') return tokenError(res, 400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    if (!clientId || state.clients.get(clientId) !== clientSecret) return tokenError(res, 401, 'invalid_client', 'Client authentication failed.');
    const { token, expiresIn } = state.issueToken(clientId);
    res.json({ access_token: token, token_type: 'Bearer', expires_in: expiresIn });
  });

  router.get('/api/v2/company', (req, res) => {
    if (!authorised(req, res, state)) return;
    res.json({ companyCode: 'DEMO', name: 'Demo ERP company' });
  });

  router.get('/api/v2/customers', (req, res) => {
    if (!authorised(req, res, state)) return;
    const page = queryInt(req, 'page', 1, 1, 1_000_000);
    const pageSize = queryInt(req, 'pageSize', 50, 1, ERP_MAX_PAGE_SIZE);
    const modifiedSince = queryInstant(req, 'modifiedSince');
    if (page === null || pageSize === null || modifiedSince === null) {
      return fault(res, 400, 'REQUEST.INVALID_PARAMETER', `page must be >= 1, pageSize 1 to ${ERP_MAX_PAGE_SIZE}, modifiedSince an ISO instant`);
    }
    const changed = state.records.changedAfter(modifiedSince ?? null);
    const totalPages = Math.max(1, Math.ceil(changed.length / pageSize));
    res.json({
      items: changed.slice((page - 1) * pageSize, page * pageSize).map((r) => ({ ...r.data, customerNo: r.id, lastModified: r.updatedAt })),
      page, pageSize, totalPages, totalItems: changed.length,
    });
  });

  router.post('/api/v2/sales-orders', (req, res) => {
    const client = authorised(req, res, state);
    if (!client) return;
    const body = objectBody(req);
    if (!body) return fault(res, 400, 'REQUEST.MALFORMED', 'The body must be a JSON object.');
    if (typeof body.orderNo !== 'string' || !body.orderNo) {
      return fault(res, 400, 'VALIDATION.FAILED', 'The sales order is not valid.', [{ field: 'orderNo', issue: 'required' }]);
    }
    const key = req.header('idempotency-key') ?? null;
    if (key !== null && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) return fault(res, 400, 'REQUEST.IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key is not valid.');
    const accepted = state.writes.accept(client, key, body);
    if ('conflict' in accepted) return fault(res, 409, 'REQUEST.IDEMPOTENCY_CONFLICT', 'This Idempotency-Key was used with another body.');
    res.status(accepted.replayed ? 200 : 201).json({ documentNo: accepted.write.writeId, orderNo: body.orderNo, replayed: accepted.replayed });
  });
}
