import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MediaChannel } from '@attendgate/platform';
import { csvHeaderLine, participantCsvLine } from '../domain/participantCsv.ts';
import { asDate } from './ids.ts';
import { TABLES } from './tables.ts';

interface CsvRow {
  id: string;
  entry_number: string;
  masked_name: string;
  masked_phone: string;
  entry_path: MediaChannel;
  store_visited: boolean;
  won: boolean;
  registered_at: Date | string;
}

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
        keyset = ' and (registered_at, id) < (?, ?)';
        params.push(after[0], after[1]);
      }
      params.push(batchRows);
      const rows: CsvRow[] = await em.fork().execute<CsvRow[]>(
        `select id, entry_number, masked_name, masked_phone, entry_path, store_visited, won, registered_at from ${TABLES.participation}
         where event_id = ?${keyset} order by registered_at desc, id desc limit ?`,
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
