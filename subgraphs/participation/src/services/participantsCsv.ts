import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { csvHeaderLine, participantCsvLine } from '../domain/participantCsv.ts';
import { asDate } from './ids.ts';
import { PARTICIPANT_COLUMNS, type ParticipantRow } from './participantQueries.ts';
import { TABLES } from './tables.ts';

/**
 * The masked participant list of one event as a CSV stream, newest first like the screen. Rows are read in
 * keyset batches of `batchRows` (one short query each, on a fresh EntityManager, so nothing accumulates in
 * an identity map), and the next batch is read only when the consumer has taken the previous one
 * (Readable.from pulls from the generator as the HTTP response drains). Memory stays one batch, whatever
 * the event's size; a client that goes away stops the reading.
 */
export function participantsCsvStream(em: EntityManager, eventId: string, batchRows: number): Readable {
  async function* lines() {
    yield csvHeaderLine();
    let after: [Date, string] | null = null;
    for (;;) {
      const params: unknown[] = [eventId];
      let keyset = '';
      if (after) {
        keyset = ' and (p.registered_at, p.id) < (?, ?)';
        params.push(after[0], after[1]);
      }
      params.push(batchRows);
      const rows: ParticipantRow[] = await em.fork().execute<ParticipantRow[]>(
        `select ${PARTICIPANT_COLUMNS} from ${TABLES.participation} p
         where p.event_id = ?${keyset} order by p.registered_at desc, p.id desc limit ?`,
        params,
      );
      if (rows.length === 0) return;
      yield rows
        .map((row) =>
          participantCsvLine({
            entryNumber: row.entry_number,
            maskedName: row.masked_name,
            maskedPhone: row.masked_phone,
            entryPath: row.entry_path,
            storeVisited: row.store_visited,
            won: row.won,
            registeredAt: asDate(row.registered_at),
          }),
        )
        .join('');
      if (rows.length < batchRows) return;
      const last = rows[rows.length - 1]!;
      after = [asDate(last.registered_at), last.id];
    }
  }
  return Readable.from(lines(), { objectMode: false });
}
