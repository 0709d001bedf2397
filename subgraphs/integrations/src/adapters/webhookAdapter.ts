import { ErrorCode, UpstreamError } from '@attendgate/platform';
import { textAt, translateHttpError, type HttpConnector } from './httpConnector.ts';
import type { SystemAdapter } from './systemAdapter.ts';

/**
 * The generic REST/webhook adapter, for systems without an adapter of their own: each transformed record is
 * POSTed as the JSON body to the base URL with an `Idempotency-Key` header and the configured auth (API key
 * as `X-Api-Key`). Push only: a generic system has no agreed way to list changes, so pulling is refused when
 * the integration is saved. Errors are read from common shapes (`message`, `error`, `error.message`).
 */
export function createWebhookAdapter(http: HttpConnector): SystemAdapter {
  return {
    async testConnection() {
      try {
        await http.callOnce({ method: 'POST', path: '', body: { type: 'attendgate.ping' }, headers: { 'idempotency-key': `ping-${Date.now()}` } });
      } catch (error) {
        // A receiver that authenticated us and then refused the ping's body is reachable and accepts our auth.
        const refusedBody = error instanceof UpstreamError && error.status !== null && error.status >= 400 && error.status < 500 && ![401, 403, 408, 429].includes(error.status);
        if (!refusedBody) throw error;
      }
    },
    async push(record, idempotencyKey) {
      const answer = await http.call<{ id?: unknown }>({ method: 'POST', path: '', body: record, headers: { 'idempotency-key': idempotencyKey } });
      return { externalReference: typeof answer?.id === 'string' ? answer.id : null };
    },
    async pull() {
      throw Object.assign(new Error('the generic webhook adapter does not pull'), { code: ErrorCode.INTEGRATION_REJECTED });
    },
    translateError: (error) => translateHttpError('Webhook', error, (body) => ({
      code: textAt(body, 'code') ?? textAt(body, 'error', 'code'),
      message: textAt(body, 'message') ?? textAt(body, 'error', 'message') ?? textAt(body, 'error'),
    })),
  };
}
