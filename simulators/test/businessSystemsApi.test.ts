import { describe, expect, it } from 'vitest';
import { admin, useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();

async function call(simulator: 'crm' | 'erp' | 'lms' | 'marketing', path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const response = await fetch(`${current().urlOf(simulator)}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? null : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as any };
}

const crmKey = { 'x-api-key': 'crm_test_key' };
const lmsAuth = { authorization: `Basic ${Buffer.from('lms_user:lms_password').toString('base64')}` };
const mktAuth = { authorization: 'Bearer mkt_test_key' };

async function erpToken(): Promise<Record<string, string>> {
  const answer = await call('erp', '/oauth/token', { body: { grant_type: 'client_credentials', client_id: 'erp_client', client_secret: 'erp_secret' } });
  return { authorization: `Bearer ${answer.body.access_token}` };
}

describe('crm simulator', () => {
  it('pages contacts by opaque cursor and filters by updated_after', async () => {
    const first = await call('crm', '/v1/contacts?limit=2', { headers: crmKey });
    expect(first.body.data.map((c: any) => c.id)).toEqual(['crm-c-1001', 'crm-c-1002']);
    expect(first.body).toMatchObject({ has_more: true, next_cursor: expect.any(String) });
    const second = await call('crm', `/v1/contacts?limit=2&cursor=${first.body.next_cursor}`, { headers: crmKey });
    expect(second.body).toMatchObject({ has_more: false, next_cursor: null, data: [{ id: 'crm-c-1003' }] });
    const since = await call('crm', `/v1/contacts?updated_after=${encodeURIComponent(first.body.data[1].updated_at)}`, { headers: crmKey });
    expect(since.body.data.map((c: any) => c.id)).toEqual(['crm-c-1003']);
  });

  it('answers errors in its own format: a wrong key, a bad parameter, a missing field', async () => {
    expect(await call('crm', '/v1/contacts', { headers: { 'x-api-key': 'nope' } })).toMatchObject({ status: 401, body: { error: { type: 'authentication_error', code: 'invalid_api_key' } } });
    expect(await call('crm', '/v1/contacts?limit=500', { headers: crmKey })).toMatchObject({ status: 400, body: { error: { code: 'parameter_invalid', param: 'limit' } } });
    expect(await call('crm', '/v1/contacts', { headers: crmKey, body: { full_name: 'x' } })).toMatchObject({ status: 422, body: { error: { code: 'parameter_missing', param: 'external_ref' } } });
  });

  it('applies a write once per idempotency key, refuses the key with another body', async () => {
    const body = { external_ref: 'ref-1', full_name: '김민지' };
    const first = await call('crm', '/v1/contacts', { headers: { ...crmKey, 'idempotency-key': 'k-1' }, body });
    const again = await call('crm', '/v1/contacts', { headers: { ...crmKey, 'idempotency-key': 'k-1' }, body });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect((await call('crm', '/v1/contacts', { headers: { ...crmKey, 'idempotency-key': 'k-1' }, body: { ...body, full_name: 'other' } })).status).toBe(409);
    expect(current().crm.writes.all()).toHaveLength(1);
    const writes = await admin(current(), 'GET', '/crm/writes');
    expect(writes.body).toHaveLength(1);
  });
});

describe('erp simulator', () => {
  it('issues OAuth2 client-credentials tokens (form, JSON or Basic) and refuses wrong clients RFC 6749 style', async () => {
    const form = await fetch(`${current().urlOf('erp')}/oauth/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&client_id=erp_client&client_secret=erp_secret',
    });
    expect(await form.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600, access_token: expect.stringMatching(/^erp_at_/) });
    const basic = await call('erp', '/oauth/token', { headers: { authorization: `Basic ${Buffer.from('erp_client:erp_secret').toString('base64')}` }, body: { grant_type: 'client_credentials' } });
    expect(basic.status).toBe(200);
    expect(await call('erp', '/oauth/token', { body: { grant_type: 'client_credentials', client_id: 'erp_client', client_secret: 'x' } })).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(await call('erp', '/oauth/token', { body: { grant_type: 'password' } })).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
  });

  it('pages customers by page number, refuses revoked tokens with a fault', async () => {
    const auth = await erpToken();
    const page = await call('erp', '/api/v2/customers?page=1&pageSize=1', { headers: auth });
    expect(page.body).toMatchObject({ page: 1, pageSize: 1, totalPages: 2, totalItems: 2, items: [{ customerNo: 'ERP-CUST-0001' }] });
    current().erp.revokeTokens();
    expect(await call('erp', '/api/v2/customers', { headers: auth })).toMatchObject({ status: 401, body: { fault: { code: 'AUTH.TOKEN_INVALID' } } });
    expect(await call('erp', '/api/v2/sales-orders', { headers: await erpToken(), body: {} })).toMatchObject({ status: 400, body: { fault: { code: 'VALIDATION.FAILED', details: [{ field: 'orderNo' }] } } });
  });
});

describe('lms simulator', () => {
  it('pages learners by offset with HTTP Basic; errors are JSON:API', async () => {
    const page = await call('lms', '/api/learners?page[offset]=1&page[limit]=5', { headers: lmsAuth });
    expect(page.body).toMatchObject({ meta: { total: 2, offset: 1 }, data: [{ type: 'learner', id: 'L-502', attributes: { displayName: '최도윤' } }] });
    const refused = await call('lms', '/api/learners', { headers: { authorization: 'Basic bm86bm8=' } });
    expect(refused).toMatchObject({ status: 401, body: { errors: [{ status: '401', code: 'unauthorized' }] } });
    expect(refused.headers.get('www-authenticate')).toContain('Basic');
    const invalid = await call('lms', '/api/enrollments', { headers: lmsAuth, body: { data: { type: 'enrollment', attributes: {} } } });
    expect(invalid).toMatchObject({ status: 422, body: { errors: [{ code: 'validation_failed', source: { pointer: '/data/attributes/learnerRef' } }] } });
  });
});

describe('marketing simulator', () => {
  it('lists members by since-token; the last token returns nothing new until something changes', async () => {
    const first = await call('marketing', '/v3/audience/members?count=1', { headers: mktAuth });
    expect(first.body).toMatchObject({ has_more: true, members: [{ id: 'mbr_9001' }] });
    const rest = await call('marketing', `/v3/audience/members?since_token=${first.body.next_since_token}`, { headers: mktAuth });
    expect(rest.body).toMatchObject({ has_more: false, members: [{ id: 'mbr_9002' }] });
    const none = await call('marketing', `/v3/audience/members?since_token=${rest.body.next_since_token}`, { headers: mktAuth });
    expect(none.body).toMatchObject({ members: [], next_since_token: rest.body.next_since_token });
    await admin(current(), 'PUT', '/marketing/records/mbr_9001', { email_address: 'changed@example.com' });
    const changed = await call('marketing', `/v3/audience/members?since_token=${rest.body.next_since_token}`, { headers: mktAuth });
    expect(changed.body.members).toEqual([expect.objectContaining({ id: 'mbr_9001', email_address: 'changed@example.com' })]);
    expect(await call('marketing', '/v3/audience/members', { headers: { authorization: 'Bearer nope' } })).toMatchObject({ status: 401, body: { status: 'error', error_code: 'AUTH_FAILED' } });
  });

  it('tracks events once per X-Idempotency-Key', async () => {
    const headers = { ...mktAuth, 'x-idempotency-key': 'evt-1' };
    const first = await call('marketing', '/v3/events', { headers, body: { event_name: 'signup' } });
    const again = await call('marketing', '/v3/events', { headers, body: { event_name: 'signup' } });
    expect([first.status, again.status, again.body.replayed]).toEqual([202, 200, true]);
    expect(await call('marketing', '/v3/events', { headers: mktAuth, body: {} })).toMatchObject({ status: 400, body: { error_code: 'INVALID_PAYLOAD', field: 'event_name' } });
  });

  it('fault injection applies to the business simulators like to every other', async () => {
    current().faults.set('marketing', { failNext: 1, failureStatus: 429 });
    expect((await call('marketing', '/v3/ping', { headers: mktAuth })).status).toBe(429);
    expect((await call('marketing', '/v3/ping', { headers: mktAuth })).status).toBe(200);
  });
});
