import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, createBatcher, ErrorCode, sqlQuery, type BatcherOptions, type DomainEventData } from '@attendgate/platform';
import type { PassClaims } from '../domain/gatePass.ts';
import type { PassageDirection } from '../domain/gateStates.ts';
import { spreadOccupancyChange, type SlotState } from '../domain/occupancySlots.ts';
import { freshEm, T, type GatesDeps } from './deps.ts';
import { changeOccupancy, lockSlots, writeSlots } from './occupancy.ts';

/** One check-in that passed every check needing no transaction, ready to be written with others. */
export interface CheckInWrite {
  attendanceId: string;
  now: Date;
  claims: PassClaims;
  venueId: string;
  /** Whether the gate counts passages in the venue's occupancy. */
  counts: boolean;
  gateId: string;
  direction: PassageDirection;
  method: 'PROXIMITY' | 'MANUAL';
  userId: string;
}

/** What became of one written check-in: admitted (null) or refused with its own error. */
export type CheckInWriteOutcome = AppError | null;

const alreadyInside = () => new AppError(ErrorCode.ALREADY_CHECKED_IN, 'This pass was already used to enter; it admits again only after an exit.');
const venueFull = () => new AppError(ErrorCode.VENUE_FULL, 'The venue is full; wait for people to leave.');

/**
 * Group commit of check-ins (createBatcher, platform/src/db/groupCommit.ts; docs/decisions/checkin-group-commit.md):
 * the check-ins arriving together are written in one transaction, each with exactly the answer it would get
 * alone. Refusals are results, not failures: a batch throws only for a reason of the database (deadlock, lost
 * connection), and the batcher then writes its check-ins one by one.
 */
export function createCheckInWrites(deps: GatesDeps, options: BatcherOptions) {
  return createBatcher<CheckInWrite, CheckInWriteOutcome>(options, (items) => writeCheckIns(deps, items));
}

export type CheckInWrites = ReturnType<typeof createCheckInWrites>;

/**
 * One transaction for the batch, a few statements whatever its size:
 *
 * 1. the presence changes and attendance rows, in rounds in which each credential appears once (writePassages;
 *    a second check-in of one pass in the same batch goes into the next round, so it sees the first one's
 *    presence exactly as a second transaction would);
 * 2. CheckedIn for the check-ins admitted (publishMany);
 * 3. last, so that they are held only until the commit right after: the occupancy slots of the batch's venues,
 *    locked in (venue, slot) order. When they hold the batch's counted entrances (less its counted exits: the
 *    check-ins of a batch are concurrent, so exits first is one of their valid orders), one statement moves
 *    the slots' occupancy. When they do not (the last places of a venue), the transaction is rolled back and
 *    the batch is written again one check-in after another (writeOneByOne), so exactly as many are admitted as
 *    fit and nobody else is refused.
 *
 * Every writer takes presences before slots, so two batches wait for each other in one direction only; several
 * batches in flight (GATES_CHECK_IN_BATCH_CONCURRENCY) overlap everything but the slots and the commit.
 */
async function writeCheckIns(deps: GatesDeps, items: readonly CheckInWrite[]): Promise<CheckInWriteOutcome[]> {
  try {
    return await freshEm(deps).transactional(async (tx) => {
      const outcomes: CheckInWriteOutcome[] = [];
      const delta = new Map<string, number>();
      for (const round of rounds(items)) {
        const passages = await writePassages(tx, round.map(({ item }) => item));
        round.forEach(({ item, index }, i) => {
          const passage = passages[i]!;
          if (item.direction === 'IN' && !passage.changed) {
            outcomes[index] = alreadyInside();
            return;
          }
          outcomes[index] = null;
          if (passage.counted) delta.set(item.venueId, (delta.get(item.venueId) ?? 0) + (item.direction === 'IN' ? 1 : -1));
        });
      }
      await publishCheckedIn(deps, tx, items, outcomes);
      const slots = await lockSlots(tx, [...delta.keys()]);
      const moved: (SlotState & { venueId: string })[] = [];
      for (const [venueId, change] of delta) {
        const venueSlots = slots.get(venueId) ?? [];
        if (change > venueSlots.reduce((room, slot) => room + slot.capacity - slot.occupancy, 0)) throw new NoRoomForAll();
        for (const slot of spreadOccupancyChange(venueSlots, change)) moved.push({ venueId, ...slot });
      }
      await writeSlots(tx, moved);
      return outcomes;
    });
  } catch (error) {
    if (error instanceof NoRoomForAll) return writeOneByOne(deps, items);
    throw error;
  }
}

/** Thrown inside the batch's transaction (rolling it back) when its venue cannot hold all its entrances. */
class NoRoomForAll extends Error {}

/** The batch in rounds in which each credential appears at most once, in arrival order. */
function rounds(items: readonly CheckInWrite[]): { item: CheckInWrite; index: number }[][] {
  const result: { item: CheckInWrite; index: number }[][] = [];
  const roundOf = new Map<string, number>();
  items.forEach((item, index) => {
    const key = `${item.claims.eventId}/${item.claims.credentialId}`;
    const round = roundOf.get(key) ?? 0;
    roundOf.set(key, round + 1);
    (result[round] ??= []).push({ item, index });
  });
  return result;
}

/**
 * The batch one check-in after another in one transaction, each as it would be alone: its presence change and
 * attendance row, then for a counted passage one place of the occupancy (a conditional update of one slot,
 * changeOccupancy); a counted entrance runs in a savepoint, which VENUE_FULL rolls back alone.
 */
async function writeOneByOne(deps: GatesDeps, items: readonly CheckInWrite[]): Promise<CheckInWriteOutcome[]> {
  return freshEm(deps).transactional(async (tx) => {
    const outcomes: CheckInWriteOutcome[] = [];
    for (const item of items) {
      const guarded = item.direction === 'IN' && item.counts;
      if (guarded) await tx.execute('savepoint check_in');
      const [passage] = await writePassages(tx, [item]);
      let outcome: CheckInWriteOutcome = null;
      if (item.direction === 'IN' && !passage!.changed) outcome = alreadyInside();
      else if (passage!.counted && !(await changeOccupancy(tx, item.venueId, item.direction === 'IN' ? 1 : -1)) && item.direction === 'IN') {
        await tx.execute('rollback to savepoint check_in');
        outcome = venueFull();
      }
      if (guarded) await tx.execute('release savepoint check_in');
      outcomes.push(outcome);
    }
    await publishCheckedIn(deps, tx, items, outcomes);
    return outcomes;
  });
}

/** CheckedIn for exactly the check-ins admitted, in one publish. */
async function publishCheckedIn(deps: GatesDeps, tx: EntityManager, items: readonly CheckInWrite[], outcomes: readonly CheckInWriteOutcome[]): Promise<void> {
  const admitted = items.filter((_, i) => outcomes[i] === null).map(checkedIn);
  if (admitted.length) await deps.events.publishMany(tx, 'CheckedIn', admitted);
}

/** Whether a check-in changed its credential's presence, and whether that presence counts in the occupancy. */
interface Passage {
  changed: boolean;
  counted: boolean;
}

/**
 * The presence changes and attendance rows of check-ins of distinct credentials, in one statement (one round
 * trip however many). Entrances upsert the presence where the credential is not inside: a row not returned
 * was inside already (ALREADY_CHECKED_IN, nothing written), decided by the row's primary key, so two phones
 * with one pass admit one. Exits mark it outside when it was inside; someone leaving who was not counted in
 * (entered before the system, or through a staff door) still leaves, uncounted. An attendance row is written
 * for every entrance that changed a presence, and for every exit. Rows are inserted in key order, so two
 * transactions writing the same presences wait for each other in one direction only.
 */
async function writePassages(tx: EntityManager, items: readonly CheckInWrite[]): Promise<Passage[]> {
  const rows = items.map((item, ord) => ({
    ord,
    attendance_id: item.attendanceId,
    event_id: item.claims.eventId,
    credential_id: item.claims.credentialId,
    credential_kind: item.claims.kind,
    venue_id: item.venueId,
    gate_id: item.gateId,
    direction: item.direction,
    method: item.method,
    user_id: item.userId,
    counts: item.counts,
    at: item.now.toISOString(),
  }));
  return sqlQuery<Passage>(
    tx,
    `with input as (
       select * from json_to_recordset($1::json) as i(ord int, attendance_id uuid, event_id uuid, credential_id uuid, credential_kind text,
         venue_id uuid, gate_id uuid, direction text, method text, user_id uuid, counts boolean, at timestamptz)
     ), entered as (
       insert into ${T.presence} as p (event_id, credential_id, credential_kind, venue_id, inside, counted, first_admitted_at, updated_at)
       select event_id, credential_id, credential_kind, venue_id, true, counts, at, at from input where direction = 'IN'
       order by event_id, credential_id
       on conflict (event_id, credential_id) do update set inside = true, counted = excluded.counted, venue_id = excluded.venue_id, updated_at = excluded.updated_at
       where p.inside = false
       returning p.event_id, p.credential_id, p.counted
     ), exited as (
       update ${T.presence} p set inside = false, updated_at = i.at from input i
       where i.direction = 'OUT' and p.event_id = i.event_id and p.credential_id = i.credential_id and p.inside
       returning p.event_id, p.credential_id, p.counted
     ), changed as (
       select * from entered union all select * from exited
     ), written as (
       insert into ${T.attendance} (id, event_id, venue_id, gate_id, credential_kind, credential_id, direction, method, user_id, checked_in_at)
       select i.attendance_id, i.event_id, i.venue_id, i.gate_id, i.credential_kind, i.credential_id, i.direction, i.method, i.user_id, i.at
       from input i where i.direction = 'OUT' or exists (select 1 from entered e where e.event_id = i.event_id and e.credential_id = i.credential_id)
       returning id
     )
     select c.credential_id is not null as changed, coalesce(c.counted, false) as counted
     from input i left join changed c on c.event_id = i.event_id and c.credential_id = i.credential_id
     order by i.ord`,
    [JSON.stringify(rows)],
  );
}

function checkedIn(item: CheckInWrite): DomainEventData<'CheckedIn'> {
  const { claims } = item;
  return {
    attendanceId: item.attendanceId, eventId: claims.eventId, venueId: item.venueId, gateId: item.gateId, direction: item.direction,
    credential: claims.kind === 'PARTICIPANT' ? { kind: 'PARTICIPANT', participationId: claims.credentialId } : { kind: 'TICKET', ticketId: claims.credentialId },
    method: item.method, checkedInAt: item.now.toISOString(),
  };
}
