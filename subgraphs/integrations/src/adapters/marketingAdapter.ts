import type { Json } from '../domain/fieldPath.ts';
import { textAt, translateHttpError, type HttpConnector } from './httpConnector.ts';
import type { PulledPage, SystemAdapter } from './systemAdapter.ts';

interface MemberPage {
  members: (Record<string, Json> & { id: string })[];
  next_since_token: string;
  has_more: boolean;
}

/**
 * A marketing tool (the marketing simulator's API): the API key as a Bearer token, audience members listed
 * by since-token, events tracked with an `X-Idempotency-Key`; errors `{ error_code, detail }`. The system's
 * since-token is our cursor as it is: each page's token is where the next page, or run, continues.
 */
export function createMarketingAdapter(http: HttpConnector): SystemAdapter {
  return {
    async testConnection() {
      await http.callOnce({ path: '/v3/ping' });
    },
    async push(record, idempotencyKey) {
      const answer = await http.call<{ event_id?: string }>({ method: 'POST', path: '/v3/events', body: record, headers: { 'x-idempotency-key': idempotencyKey } });
      return { externalReference: answer?.event_id ?? null };
    },
    async pull(cursor, continuation, pageSize): Promise<PulledPage> {
      const token = continuation ?? cursor;
      const answer = await http.call<MemberPage>({ path: '/v3/audience/members', query: { count: pageSize, since_token: token ?? undefined } });
      return {
        records: answer.members.map((member) => ({ externalId: member.id, data: member })),
        cursorAfter: answer.next_since_token,
        continuation: answer.has_more ? answer.next_since_token : null,
      };
    },
    translateError: (error) => translateHttpError('Marketing', error, (body) => ({ code: textAt(body, 'error_code'), message: textAt(body, 'detail') })),
  };
}
