import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@attendgate/platform';
import { verifyDrawLog } from '../domain/draw/drawVerification.ts';
import { asDate, uuidArray } from './ids.ts';
import { TABLES } from './tables.ts';
import type { DrawVerificationView, DrawView } from './views.ts';

interface DrawRow {
  id: string;
  event_id: string;
  drawn_at: Date | string;
  algorithm_version: string;
  seed_hex: string;
  seed_commitment: string;
  seed_committed_at: Date | string;
  entrant_list_hash: string;
  entrant_count: number;
  winner_count: number;
  visit_bonus: boolean;
  visitor_tickets: number;
  winner_ids: string[] | string;
}

function drawViewOf(row: DrawRow): DrawView {
  return {
    id: row.id,
    eventId: row.event_id,
    drawnAt: asDate(row.drawn_at),
    winnerCount: row.winner_count,
    entrantCount: row.entrant_count,
    visitBonus: row.visit_bonus,
    visitorTickets: row.visitor_tickets,
    algorithmVersion: row.algorithm_version,
    seedCommitment: row.seed_commitment,
    seedCommittedAt: asDate(row.seed_committed_at),
    seed: row.seed_hex,
    entrantListHash: row.entrant_list_hash,
  };
}

/** The draws of many events in one statement (Event.draw through the DataLoader). */
export async function drawsOfEvents(em: EntityManager, eventIds: readonly string[]): Promise<Map<string, DrawView>> {
  const rows = await em.execute<DrawRow[]>(`select * from ${TABLES.draw} where event_id = any(?::uuid[])`, [uuidArray(eventIds)]);
  return new Map(rows.map((row) => [row.event_id, drawViewOf(row)]));
}

/**
 * verifyDraw: reads the draw log back and recomputes it from the entries on record today — all of the
 * event's entries, since the draw closed entries — and from the entries' winner marks. Any edit of the log
 * or of the entries after the draw shows up as a failed check (domain/draw/drawVerification.ts).
 */
export async function verifyDraw(em: EntityManager, eventId: string): Promise<DrawVerificationView> {
  const [row] = await em.execute<DrawRow[]>(`select * from ${TABLES.draw} where event_id = ?`, [eventId]);
  if (!row) throw AppError.notFound('A draw of this event');
  const entrants = await em.execute<{ id: string; entry_number: string; store_visited: boolean; won: boolean }[]>(
    `select id, entry_number, store_visited, won from ${TABLES.participation} where event_id = ?`,
    [eventId],
  );
  const winnerIds = typeof row.winner_ids === 'string' ? (JSON.parse(row.winner_ids) as string[]) : row.winner_ids;
  const result = verifyDrawLog(
    {
      algorithmVersion: row.algorithm_version,
      seedHex: row.seed_hex,
      seedCommitment: row.seed_commitment,
      entrantListHash: row.entrant_list_hash,
      entrantCount: row.entrant_count,
      rule: { visitBonus: row.visit_bonus, visitorTickets: row.visitor_tickets },
      winnerIds: Array.isArray(winnerIds) ? winnerIds.filter((id): id is string => typeof id === 'string') : [],
    },
    entrants.map((entrant) => ({ participationId: entrant.id, entryNumber: entrant.entry_number, storeVisited: entrant.store_visited })),
    entrants.filter((entrant) => entrant.won).map((entrant) => entrant.id),
  );
  const entryNumbers = new Map(entrants.map((entrant) => [entrant.id, entrant.entry_number]));
  const { recomputedWinnerIds, ...checks } = result;
  return {
    ...checks,
    eventId,
    recomputedWinnerEntryNumbers: recomputedWinnerIds.map((id) => entryNumbers.get(id) ?? id),
    verifiedAt: new Date(),
  };
}
