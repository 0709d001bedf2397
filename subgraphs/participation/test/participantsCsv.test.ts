import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entryInput, firstError, participate, startParticipationStack, type ParticipationStack, type TestEvent } from './support/stack.ts';

/** Small batches, so a few dozen rows already take several reads. */
const CSV_BATCH_ROWS = 10;

let stack: ParticipationStack;
let event: TestEvent;
beforeAll(async () => {
  stack = await startParticipationStack({ PARTICIPATION_CSV_BATCH_ROWS: String(CSV_BATCH_ROWS), PARTICIPATION_CSV_URL_TTL_MS: '60000' });
  event = await stack.publishEvent({ channels: ['LOCAL_TV', 'RINGO_BIZ'] });
  await participate(stack, entryInput(event.eventId, { name: '김철수', phone: '010-1111-2222', entryPath: 'LOCAL_TV', storeVisited: true }));
  await participate(stack, entryInput(event.eventId, { name: '=HYPERLINK("evil")', phone: '010-3333-4444', entryPath: 'RINGO_BIZ' }));
});
afterAll(async () => stack?.stop());

const LINK = 'mutation($id: ID!) { participantsCsvLink(eventId: $id) { url expiresAt } }';

async function link(token: string | undefined, eventId = event.eventId) {
  return stack.graphql({ query: LINK, variables: { id: eventId }, ...(token ? { token } : {}) });
}

async function download(url: string) {
  const response = await fetch(url);
  const bytes = Buffer.from(await response.arrayBuffer());
  // Decoded keeping the byte-order mark, which fetch's text() would drop.
  return { status: response.status, headers: response.headers, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('the participant CSV', () => {
  it('is a masked, newest-first CSV that the owner downloads by a short-lived link, without an Authorization header', async () => {
    const result = await link(event.ownerToken);
    expect(result.body.errors).toBeUndefined();
    const { url, expiresAt } = result.body.data.participantsCsvLink;
    expect(url.startsWith(`${stack.env.PUBLIC_URL}/files/participation/events/${event.eventId}/participants.csv?`)).toBe(true);
    const lifetime = Date.parse(expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(50_000);
    expect(lifetime).toBeLessThanOrEqual(60_000);

    const file = await download(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="participants-${event.eventId}.csv"`);
    const lines = file.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFF응모번호,이름,전화번호,참여경로,매장방문,당첨,참여일시');
    expect(lines[1]).toMatch(/^0002-\d,'=\*+,010-\*\*\*\*-4444,링고비즈,N,N,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
    expect(lines[2]).toMatch(/^0001-\d,김\*\*,010-\*\*\*\*-2222,우리동네TV,Y,N,/);
    expect(lines[3]).toBe('');
    expect(file.text).not.toMatch(/철수|1111-2222|HYPERLINK/);
  });

  it('streams a large event in batches of rows, every row exactly once, newest first', { timeout: 60_000 }, async () => {
    const large = await stack.publishEvent({ ownerId: event.ownerId });
    const rows = 1_005;
    // Bulk rows straight into the table: what matters here is reading them back, not how they came in.
    await stack.sql(
      `insert into "participation"."participation" (id, event_id, entry_sequence, entry_number, name_ciphertext, phone_ciphertext, phone_index,
         masked_name, masked_phone, entry_path, store_visited, consented_at, won, registered_at)
       select gen_random_uuid(), ?, n, lpad(n::text, 4, '0') || '-0', 'v1:x', 'v1:x', 'index-' || n, '김**', '010-****-' || lpad(n::text, 4, '0'),
         'INSTAGRAM', false, now(), false, timestamptz '2025-10-01 00:00:00+00' + n * interval '1 second'
       from generate_series(1, ?) as n`,
      [large.eventId, rows],
    );
    const url = (await link(event.ownerToken, large.eventId)).body.data.participantsCsvLink.url;
    const execute = vi.spyOn(stack.subgraph.runtime.orm.em.getConnection(), 'execute');
    let file;
    let calls: unknown[][];
    try {
      file = await download(url);
      calls = [...execute.mock.calls];
    } finally {
      execute.mockRestore();
    }
    const lines = file.text.split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(rows);
    const numbers = lines.map((line) => Number(line.slice(0, 4)));
    expect(numbers).toEqual(Array.from({ length: rows }, (_, i) => rows - i));
    // One read per batch (and one that finds the end), never the whole table at once.
    const reads = calls.filter(([sql]) => String(sql).includes('order by p.registered_at desc'));
    expect(reads.length).toBe(Math.ceil(rows / CSV_BATCH_ROWS));
    expect(reads.every(([, params]) => (params as unknown[]).at(-1) === CSV_BATCH_ROWS)).toBe(true);
  });

  it('opens only with a valid signature for that event: forged, altered or other-event links get 403', async () => {
    const { url } = (await link(event.ownerToken)).body.data.participantsCsvLink;
    const other = await stack.publishEvent({ ownerId: event.ownerId });
    expect((await download(url.replace(/signature=[^&]+/, 'signature=AAAA'))).status).toBe(403);
    expect((await download(url.replace(/expires=\d+/, `expires=${Date.now() + 3_600_000}`))).status).toBe(403);
    expect((await download(url.replace(event.eventId, other.eventId))).status).toBe(403);
    expect((await download(url.split('?')[0]!)).status).toBe(403);
  });

  it('stops working when the link expires', async () => {
    const shortLived = await startParticipationStack({ PARTICIPATION_CSV_URL_TTL_MS: '300' });
    try {
      const own = await shortLived.publishEvent();
      const result = await shortLived.graphql({ query: LINK, variables: { id: own.eventId }, token: own.ownerToken });
      const { url } = result.body.data.participantsCsvLink;
      expect((await download(url)).status).toBe(200);
      await shortLived.eventually(async () => ((await download(url)).status === 403 ? true : undefined), 5_000);
    } finally {
      await shortLived.stop();
    }
  });

  it('is minted only for the event’s owner and admins, and only for events that exist', async () => {
    expect(firstError(await link(await stack.token(crypto.randomUUID(), 'OWNER'))).code).toBe('FORBIDDEN');
    expect(firstError(await link(await stack.token(crypto.randomUUID(), 'CUSTOMER'))).code).toBe('FORBIDDEN');
    expect(firstError(await link(undefined)).code).toBe('UNAUTHENTICATED');
    expect((await link(await stack.token(crypto.randomUUID(), 'ADMIN'))).body.errors).toBeUndefined();
    expect(firstError(await link(event.ownerToken, crypto.randomUUID())).code).toBe('NOT_FOUND');
  });
});
