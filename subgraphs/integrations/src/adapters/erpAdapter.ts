import type { Json } from '../domain/fieldPath.ts';
import { textAt, translateHttpError, type HttpConnector } from './httpConnector.ts';
import type { PulledPage, SystemAdapter } from './systemAdapter.ts';

interface CustomerPage {
  items: (Record<string, Json> & { customerNo: string; lastModified: string })[];
  page: number;
  totalPages: number;
}

/**
 * An ERP (the erp simulator's API): OAuth2 client credentials, customers listed by page number with
 * `modifiedSince`, sales orders created with an `Idempotency-Key`; errors `{ fault: { code, message } }` and
 * RFC 6749 `{ error, error_description }` from the token endpoint. The run's `modifiedSince` stays fixed
 * while it pages (so page numbers stay stable); the stored cursor advances page by page.
 */
export function createErpAdapter(http: HttpConnector): SystemAdapter {
  return {
    async testConnection() {
      await http.callOnce({ path: '/api/v2/company' });
    },
    async push(record, idempotencyKey) {
      const answer = await http.call<{ documentNo?: string }>({ method: 'POST', path: '/api/v2/sales-orders', body: record, headers: { 'idempotency-key': idempotencyKey } });
      return { externalReference: answer?.documentNo ?? null };
    },
    async pull(cursor, continuation, pageSize): Promise<PulledPage> {
      const state = continuation ? (JSON.parse(continuation) as { since: string | null; page: number }) : { since: cursor, page: 1 };
      const answer = await http.call<CustomerPage>({ path: '/api/v2/customers', query: { page: state.page, pageSize, modifiedSince: state.since ?? undefined } });
      const last = answer.items.at(-1);
      return {
        records: answer.items.map((customer) => ({ externalId: customer.customerNo, data: customer })),
        cursorAfter: last?.lastModified ?? cursor,
        continuation: answer.page < answer.totalPages && answer.items.length ? JSON.stringify({ since: state.since, page: state.page + 1 }) : null,
      };
    },
    translateError: (error) => translateHttpError('ERP', error, (body) => ({
      code: textAt(body, 'fault', 'code') ?? textAt(body, 'error'),
      message: textAt(body, 'fault', 'message') ?? textAt(body, 'error_description'),
    })),
  };
}
