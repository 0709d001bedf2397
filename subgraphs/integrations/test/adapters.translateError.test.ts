import { BrokenCircuitError, TaskCancelledError, UpstreamError } from '@attendgate/platform';
import { describe, expect, it } from 'vitest';
import { createCrmAdapter } from '../src/adapters/crmAdapter.ts';
import { createErpAdapter } from '../src/adapters/erpAdapter.ts';
import type { HttpConnector } from '../src/adapters/httpConnector.ts';
import { createLmsAdapter } from '../src/adapters/lmsAdapter.ts';
import { createMarketingAdapter } from '../src/adapters/marketingAdapter.ts';
import { createWebhookAdapter } from '../src/adapters/webhookAdapter.ts';

/** translateError reads errors only; no call is made, so the connector refuses to be used. */
const noCalls: HttpConnector = {
  call: () => Promise.reject(new Error('no calls in this test')),
  callOnce: () => Promise.reject(new Error('no calls in this test')),
};

const answered = (status: number, body: unknown) =>
  new UpstreamError('x', `x answered HTTP ${status}`, { status, transient: status >= 500 || status === 429, body });

describe('translateError: each system\'s error format in our codes', () => {
  it.each([
    ['CRM', createCrmAdapter, 401, { error: { type: 'authentication_error', code: 'invalid_api_key', message: 'bad key' } }, 'INTEGRATION_AUTH_FAILED', 'invalid_api_key: bad key'],
    ['CRM', createCrmAdapter, 422, { error: { code: 'parameter_missing', message: 'external_ref is required.' } }, 'INTEGRATION_REJECTED', 'parameter_missing'],
    ['ERP', createErpAdapter, 401, { error: 'invalid_client', error_description: 'Client authentication failed.' }, 'INTEGRATION_AUTH_FAILED', 'invalid_client: Client authentication failed.'],
    ['ERP', createErpAdapter, 400, { fault: { code: 'VALIDATION.FAILED', message: 'The sales order is not valid.' } }, 'INTEGRATION_REJECTED', 'VALIDATION.FAILED'],
    ['LMS', createLmsAdapter, 403, { errors: [{ status: '403', code: 'forbidden', detail: 'no access' }] }, 'INTEGRATION_AUTH_FAILED', 'forbidden: no access'],
    ['LMS', createLmsAdapter, 503, { errors: [{ code: 'maintenance', detail: 'back soon' }] }, 'UPSTREAM_UNAVAILABLE', 'maintenance: back soon'],
    ['Marketing', createMarketingAdapter, 429, { status: 'error', error_code: 'TOO_MANY_REQUESTS', detail: 'slow down' }, 'INTEGRATION_RATE_LIMITED', 'TOO_MANY_REQUESTS: slow down'],
    ['Webhook', createWebhookAdapter, 409, { message: 'duplicate' }, 'INTEGRATION_REJECTED', 'duplicate'],
  ] as const)('%s %i', (system, create, status, body, code, says) => {
    const translated = create(noCalls).translateError(answered(status, body));
    expect(translated).toMatchObject({ code, transient: status >= 500 || status === 429 });
    expect(translated.message).toContain(`${system} answered HTTP ${status}`);
    expect(translated.message).toContain(says);
  });

  it('an open circuit and a timeout are UPSTREAM_UNAVAILABLE and transient; our own failures say so without internals', () => {
    const adapter = createCrmAdapter(noCalls);
    expect(adapter.translateError(new BrokenCircuitError())).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', transient: true, message: expect.stringContaining('circuit open') });
    expect(adapter.translateError(new TaskCancelledError())).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', transient: true, message: 'CRM did not answer in time' });
    expect(adapter.translateError(new UpstreamError('CRM', 'CRM could not be reached', { transient: true }))).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', transient: true });
    expect(adapter.translateError(new TypeError('cannot read x of undefined at /src/secret/path.ts'))).toEqual({ code: 'INTERNAL_SERVER_ERROR', transient: true, message: 'the sync with CRM failed unexpectedly' });
  });

  it('a system\'s message is cut short and stripped of control characters', () => {
    const translated = createCrmAdapter(noCalls).translateError(answered(400, { error: { code: 'x', message: `line\nbreak${'y'.repeat(500)}` } }));
    expect(translated.message.length).toBeLessThanOrEqual(200);
    expect(translated.message).not.toContain('\n');
  });
});
