import type { EntityManager } from '@mikro-orm/postgresql';
import type { MediaChannel } from '@attendgate/platform';
import type { NotificationStatus } from '../entities/index.ts';
import { asDate, uuidArray } from './ids.ts';
import { TABLES } from './tables.ts';
import type { ParticipantFilter, ParticipantView, WinnerView } from './views.ts';

/**
 * The read side of the owner's lists, written for batches: each function answers many events with one
 * statement (the DataLoaders in loaders.ts call them once per tick). Lists use a lateral join, so each
 * event's page is an index range scan of its own rows (event_id, registered_at, id), however large the
 * event, instead of numbering every row of every event.
 */
/** A participant row as the lists and the CSV read it (masked columns only). */
export interface ParticipantRow {
  id: string;
  event_id: string;
  entry_number: string;
  masked_name: string;
  masked_phone: string;
  entry_path: MediaChannel;
  store_visited: boolean;
  won: boolean;
  registered_at: Date | string;
}

export const PARTICIPANT_COLUMNS = 'p.id, p.event_id, p.entry_number, p.masked_name, p.masked_phone, p.entry_path, p.store_visited, p.won, p.registered_at';

export function participantViewOf(row: ParticipantRow): ParticipantView {
  return {
    id: row.id,
    eventId: row.event_id,
    entryNumber: row.entry_number,
    name: row.masked_name,
    phone: row.masked_phone,
    entryPath: row.entry_path,
    storeVisited: row.store_visited,
    won: row.won,
    registeredAt: asDate(row.registered_at),
  };
}

/** Keyset position in a newest-first list: [registeredAt ISO, id]. */
export type ParticipantCursor = readonly [string, string];

function filterSql(filter: ParticipantFilter, params: unknown[]): string {
  let sql = '';
  if (filter.channel) {
    sql += ' and p.entry_path = ?';
    params.push(filter.channel);
  }
  if (filter.won !== null) {
    sql += ' and p.won = ?';
    params.push(filter.won);
  }
  return sql;
}

/** Up to `limit` entries per event, newest first, after the cursor; rows of all events in one statement. */
export async function participantPages(
  em: EntityManager,
  eventIds: readonly string[],
  filter: ParticipantFilter,
  after: ParticipantCursor | undefined,
  limit: number,
): Promise<Map<string, ParticipantView[]>> {
  const params: unknown[] = [uuidArray(eventIds)];
  let where = filterSql(filter, params);
  if (after) {
    where += ' and (p.registered_at, p.id) < (?::timestamptz, ?::uuid)';
    params.push(after[0], after[1]);
  }
  params.push(limit);
  const rows = await em.execute<ParticipantRow[]>(
    `select page.* from unnest(?::uuid[]) as e(id) cross join lateral (
       select ${PARTICIPANT_COLUMNS} from ${TABLES.participation} p
       where p.event_id = e.id${where}
       order by p.registered_at desc, p.id desc limit ?
     ) page`,
    params,
  );
  return groupBy(rows.map(participantViewOf), (view) => view.eventId);
}

/** Entries per event matching the filter, one statement for all events. */
export async function participantCounts(em: EntityManager, eventIds: readonly string[], filter: ParticipantFilter): Promise<Map<string, number>> {
  const params: unknown[] = [uuidArray(eventIds)];
  const where = filterSql(filter, params);
  const rows = await em.execute<{ event_id: string; count: string }[]>(
    `select p.event_id, count(*)::text as count from ${TABLES.participation} p where p.event_id = any(?::uuid[])${where} group by p.event_id`,
    params,
  );
  return new Map(rows.map((row) => [row.event_id, Number(row.count)]));
}

interface WinnerRow extends ParticipantRow {
  rank: number;
  notification_status: NotificationStatus;
  notified_at: Date | string | null;
}

/** Up to `limit` winners per event in the order drawn, after rank `afterRank`. */
export async function winnerPages(em: EntityManager, eventIds: readonly string[], afterRank: number, limit: number): Promise<Map<string, WinnerView[]>> {
  const rows = await em.execute<WinnerRow[]>(
    `select page.* from unnest(?::uuid[]) as e(id) cross join lateral (
       select ${PARTICIPANT_COLUMNS}, w.rank, w.notification_status, w.notified_at
       from ${TABLES.winner} w join ${TABLES.participation} p on p.id = w.participation_id
       where p.event_id = e.id and w.rank > ?
       order by w.rank limit ?
     ) page`,
    [uuidArray(eventIds), afterRank, limit],
  );
  return groupBy(
    rows.map((row) => ({
      eventId: row.event_id,
      rank: row.rank,
      participant: participantViewOf(row),
      notificationStatus: row.notification_status,
      notifiedAt: asDate(row.notified_at),
    })),
    (view) => view.eventId,
  );
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
