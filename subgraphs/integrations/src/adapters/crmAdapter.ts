import type { Json } from '../domain/fieldPath.ts';
import { textAt, translateHttpError, type HttpConnector } from './httpConnector.ts';
import type { PulledPage, SystemAdapter } from './systemAdapter.ts';

interface ContactPage {
  data: (Record<string, Json> & { id: string; updated_at: string })[];
  has_more: boolean;
  next_cursor: string | null;
}

/**
 * A CRM (the crm simulator's API): contacts listed by opaque cursor and `updated_after`, upserted by
 * `external_ref` with an `Idempotency-Key`; errors `{ error: { code, message } }`. Our stored cursor is the
 * `updated_at` of the last contact written; the system's page cursor only continues a run.
 */
export function createCrmAdapter(http: HttpConnector): SystemAdapter {
  return {
    async testConnection() {
      await http.callOnce({ path: '/v1/account' });
    },
    async push(record, idempotencyKey) {
      const answer = await http.call<{ id?: string }>({ method: 'POST', path: '/v1/contacts', body: record, headers: { 'idempotency-key': idempotencyKey } });
      return { externalReference: answer?.id ?? null };
    },
    async pull(cursor, continuation, pageSize): Promise<PulledPage> {
      const page = await http.call<ContactPage>({ path: '/v1/contacts', query: { limit: pageSize, updated_after: cursor ?? undefined, cursor: continuation ?? undefined } });
      const last = page.data.at(-1);
      return {
        records: page.data.map((contact) => ({ externalId: contact.id, data: contact })),
        cursorAfter: last?.updated_at ?? cursor,
        continuation: page.has_more ? page.next_cursor : null,
      };
    },
    translateError: (error) => translateHttpError('CRM', error, (body) => ({ code: textAt(body, 'error', 'code'), message: textAt(body, 'error', 'message') })),
  };
}
