import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, type DomainEventPublisher, type FieldCipher, type JobQueue } from '@attendgate/platform';
import type { Entrant } from '../domain/draw/entrantList.ts';
import { DRAW_ALGORITHM_VERSION, drawWinners as draw } from '../domain/draw/winnerDraw.ts';
import { NOTIFY_WINNER_JOB, type NotifyWinnerJob } from '../jobs/jobNames.ts';
import { asDate, isUuid, uuidArray } from './ids.ts';
import { DRAW_SEED_PURPOSE } from './personalData.ts';
import { TABLES } from './tables.ts';
import type { DrawView } from './views.ts';

export interface DrawWinnersInput {
  eventId: string;
  winnerCount: number;
  visitBonus: boolean;
}

export interface DrawWinnersDeps {
  cipher: FieldCipher;
  events: DomainEventPublisher;
  queue: JobQueue;
  maxWinners: number;
  visitorTickets: number;
}

interface LockedEvent {
  owner_id: string;
  status: string;
  drawn_at: string | null;
  seed_ciphertext: string;
  seed_commitment: string;
  seed_committed_at: string;
}

interface EntrantRow {
  id: string;
  entry_number: string;
  store_visited: boolean;
  phone_index: string;
}

/**
 * The owner's one winner draw (UFR-PART-030), in one transaction:
 *
 * 1. lock the event's facts row FOR UPDATE: concurrent draws queue here and every one after the first finds
 *    the event drawn (INVALID_STATE); entries in flight (holding KEY SHARE) finish first, later ones wait and
 *    then find the event drawn, so the entrant list cannot change under the draw;
 * 2. read the entrants who have not won (all of them: there is one draw per event, seed 004's change log);
 * 3. draw with the seed committed when the event was published (domain/draw/winnerDraw.ts);
 * 4. write the draw log, mark the winners, close entries, enqueue one SMS job per winner and publish
 *    WinnerSelected — all of it or none of it.
 *
 * `draw_event_unique` backs the "once per event" rule should the lock ever be bypassed.
 */
export async function drawWinners(deps: DrawWinnersDeps, em: EntityManager, input: DrawWinnersInput, drawnBy: string): Promise<DrawView> {
  if (!Number.isInteger(input.winnerCount) || input.winnerCount < 1 || input.winnerCount > deps.maxWinners) {
    throw AppError.badInput(`winnerCount must be between 1 and ${deps.maxWinners}.`, 'winnerCount', { max: deps.maxWinners });
  }
  if (!isUuid(input.eventId)) throw AppError.notFound('The event');
  return em.transactional(async (tx) => {
    const [event] = await tx.execute<LockedEvent[]>(
      `select owner_id, status, drawn_at, seed_ciphertext, seed_commitment, seed_committed_at from ${TABLES.eventFacts} where id = ? for update`,
      [input.eventId],
    );
    if (!event) throw AppError.notFound('The event');
    if (event.owner_id !== drawnBy) throw AppError.forbidden("Only the event's owner draws its winners.");
    if (event.drawn_at) throw new AppError(ErrorCode.INVALID_STATE, 'The winners of this event have already been drawn; there is no re-draw.', { state: 'DRAWN' });
    if (event.status === 'CANCELLED') throw new AppError(ErrorCode.INVALID_STATE, 'This event was cancelled.', { state: 'CANCELLED' });

    const rows = await tx.execute<EntrantRow[]>(
      `select id, entry_number, store_visited, phone_index from ${TABLES.participation} where event_id = ? and won = false`,
      [input.eventId],
    );
    if (rows.length === 0) throw new AppError(ErrorCode.INVALID_STATE, 'Nobody has entered this event yet.', { state: 'NO_ENTRANTS' });
    if (input.winnerCount > rows.length) {
      throw AppError.badInput(`winnerCount must be between 1 and the ${rows.length} entrants.`, 'winnerCount', { max: rows.length });
    }
    const entrants: Entrant[] = rows.map((row) => ({ participationId: row.id, entryNumber: row.entry_number, storeVisited: row.store_visited }));
    const rule = { visitBonus: input.visitBonus, visitorTickets: input.visitBonus ? deps.visitorTickets : 1 };
    const seedHex = deps.cipher.decrypt(event.seed_ciphertext, DRAW_SEED_PURPOSE);
    const outcome = draw({ seed: Buffer.from(seedHex, 'hex'), entrants, winnerCount: input.winnerCount, rule });

    const drawId = randomUUID();
    const drawnAt = new Date();
    const winnerIds = outcome.winners.map((winner) => winner.participationId);
    await tx.execute(
      `insert into ${TABLES.draw} (id, event_id, drawn_by, drawn_at, algorithm_version, seed_hex, seed_commitment, seed_committed_at,
         entrant_list_hash, entrant_count, winner_count, visit_bonus, visitor_tickets, winner_ids)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
      [drawId, input.eventId, drawnBy, drawnAt, DRAW_ALGORITHM_VERSION, seedHex, event.seed_commitment, event.seed_committed_at,
        outcome.entrantListHash, entrants.length, winnerIds.length, rule.visitBonus, rule.visitorTickets, JSON.stringify(winnerIds)],
    );
    await tx.execute(`update ${TABLES.participation} set won = true where id = any(?::uuid[])`, [uuidArray(winnerIds)]);
    await tx.execute(
      `insert into ${TABLES.winner} (participation_id, draw_id, rank, notification_status, notification_attempts)
       select id, ?, ordinality, 'PENDING', 0 from unnest(?::uuid[]) with ordinality as w(id, ordinality)`,
      [drawId, uuidArray(winnerIds)],
    );
    await tx.execute(`update ${TABLES.eventFacts} set drawn_at = ?, updated_at = ? where id = ?`, [drawnAt, drawnAt, input.eventId]);
    await deps.queue.sendManyInTransaction<NotifyWinnerJob>(tx, NOTIFY_WINNER_JOB, winnerIds.map((participationId) => ({ participationId })));
    const customerKeys = new Map(rows.map((row) => [row.id, row.phone_index]));
    await deps.events.publish(tx, 'WinnerSelected', {
      eventId: input.eventId,
      drawId,
      winners: outcome.winners.map((winner) => ({ participationId: winner.participationId, entryNumber: winner.entryNumber, customerKey: customerKeys.get(winner.participationId)! })),
      entrantCount: entrants.length,
      drawnAt: drawnAt.toISOString(),
    });
    return {
      id: drawId,
      eventId: input.eventId,
      drawnAt,
      winnerCount: winnerIds.length,
      entrantCount: entrants.length,
      visitBonus: rule.visitBonus,
      visitorTickets: rule.visitorTickets,
      algorithmVersion: DRAW_ALGORITHM_VERSION,
      seedCommitment: event.seed_commitment,
      seedCommittedAt: asDate(event.seed_committed_at),
      seed: seedHex,
      entrantListHash: outcome.entrantListHash,
    };
  });
}
