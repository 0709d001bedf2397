import type { Json } from '../domain/fieldPath.ts';
import { textAt, translateHttpError, type HttpConnector } from './httpConnector.ts';
import type { PulledPage, SystemAdapter } from './systemAdapter.ts';

interface LearnerPage {
  data: { id: string; attributes: Record<string, Json> & { updatedAt: string } }[];
  meta: { total: number; offset: number };
}

/**
 * An LMS (the lms simulator's JSON:API): HTTP Basic, learners listed by offset with
 * `filter[updatedSince]`, enrollments POSTed as `{ data: { type: "enrollment", attributes } }` with an
 * `Idempotency-Key`; errors `{ errors: [{ code, detail }] }`. Records are the learners' attributes.
 */
export function createLmsAdapter(http: HttpConnector): SystemAdapter {
  return {
    async testConnection() {
      await http.callOnce({ path: '/api/ping' });
    },
    async push(record, idempotencyKey) {
      const answer = await http.call<{ data?: { id?: string } }>({
        method: 'POST', path: '/api/enrollments', body: { data: { type: 'enrollment', attributes: record } }, headers: { 'idempotency-key': idempotencyKey },
      });
      return { externalReference: answer?.data?.id ?? null };
    },
    async pull(cursor, continuation, pageSize): Promise<PulledPage> {
      const state = continuation ? (JSON.parse(continuation) as { since: string | null; offset: number }) : { since: cursor, offset: 0 };
      const answer = await http.call<LearnerPage>({
        path: '/api/learners', query: { 'page[offset]': state.offset, 'page[limit]': pageSize, 'filter[updatedSince]': state.since ?? undefined },
      });
      const next = state.offset + answer.data.length;
      return {
        records: answer.data.map((learner) => ({ externalId: learner.id, data: { id: learner.id, ...learner.attributes } })),
        cursorAfter: answer.data.at(-1)?.attributes.updatedAt ?? cursor,
        continuation: answer.data.length && next < answer.meta.total ? JSON.stringify({ since: state.since, offset: next }) : null,
      };
    },
    translateError: (error) => translateHttpError('LMS', error, (body) => ({ code: textAt(body, 'errors', 0, 'code'), message: textAt(body, 'errors', 0, 'detail') })),
  };
}
