import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '@attendgate/platform';
import { slotCapacities, spreadOccupancyChange, type SlotState } from '../domain/occupancySlots.ts';
const SLOTS = 'gates.occupancy_slot';

/**
 * Rounds of "every slot with room was locked by someone, or filled while we waited" before a blocking wait.
 * Each such round means another check-in made progress, so this bounds retries without ever refusing
 * wrongly: the answer VENUE_FULL is given only after a statement saw no slot with room at all.
 */
const MAX_ROUNDS = 100;


/** Creates a venue's occupancy slots (inside the caller's transaction). */
export async function createSlots(tx: EntityManager, venueId: string, capacity: number, slots: number): Promise<void> {
  const capacities = slotCapacities(capacity, slots);
  await tx.execute(
    `insert into ${SLOTS} (venue_id, slot, occupancy, capacity) select ?, s.slot - 1, 0, s.capacity from unnest(?::int[]) with ordinality as s(capacity, slot)
     on conflict do nothing`,
    [venueId, `{${capacities.join(',')}}`],
  );
}

/**
 * Takes (delta +1) or gives back (−1) one place of the venue's occupancy, inside the caller's transaction.
 * First a slot with room (or with someone in it, for an exit) that nobody else has locked, chosen at random
 * so concurrent check-ins spread over the slots; when all such slots are locked, a blocking wait for one of
 * them (re-checked after the wait). Returns false only when no slot can take the change: the venue is full
 * (for +1), or nobody is counted inside (for −1).
 */
export async function changeOccupancy(tx: EntityManager, venueId: string, delta: 1 | -1): Promise<boolean> {
  const room = delta === 1 ? 'occupancy < capacity' : 'occupancy > 0';
  const update = (lock: string, order: string) =>
    sqlQuery<{ slot: number }>(
      tx,
      `update ${SLOTS} s set occupancy = s.occupancy + $1 from (select slot from ${SLOTS} where venue_id = $2 and ${room} order by ${order} limit 1 ${lock}) free
       where s.venue_id = $2 and s.slot = free.slot returning s.slot`,
      [delta, venueId],
    );
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if ((await update('for update skip locked', 'random()')).length) return true;
    if ((await update('for update', 'slot')).length) return true;
    const [any] = await tx.execute<{ free: boolean }[]>(`select exists (select 1 from ${SLOTS} where venue_id = ? and ${room}) as free`, [venueId]);
    if (!any?.free) return false;
  }
  return false;
}

/** People inside a venue: the sum of its slots. */
export async function occupancyOf(em: EntityManager, venueIds: readonly string[]): Promise<Map<string, number>> {
  if (!venueIds.length) return new Map();
  const rows = await em.execute<{ venue_id: string; occupancy: number }[]>(
    `select venue_id, sum(occupancy)::int as occupancy from ${SLOTS} where venue_id = any(?::uuid[]) group by venue_id`,
    [`{${venueIds.join(',')}}`],
  );
  return new Map(rows.map((row) => [row.venue_id, row.occupancy]));
}

/**
 * Locks every occupancy slot of the venues (inside the caller's transaction), in (venue, slot) order, and reads
 * them. Writers that take all of a venue's slots take them in that one order, and after the presences they
 * change, so they wait for each other in one direction only; taking them last, right before the commit, keeps
 * the time they are held short.
 */
export async function lockSlots(tx: EntityManager, venueIds: readonly string[]): Promise<Map<string, SlotState[]>> {
  const slots = new Map<string, SlotState[]>(venueIds.map((venueId) => [venueId, []]));
  if (!venueIds.length) return slots;
  const rows = await sqlQuery<SlotState & { venue_id: string }>(
    tx,
    `select venue_id, slot, occupancy, capacity from ${SLOTS} where venue_id = any($1::uuid[]) order by venue_id, slot for update`,
    [`{${venueIds.join(',')}}`],
  );
  for (const { venue_id, ...slot } of rows) slots.get(venue_id)!.push(slot);
  return slots;
}

/** Sets the occupancy of slots locked by lockSlots, in one statement. */
export async function writeSlots(tx: EntityManager, slots: readonly (SlotState & { venueId: string })[]): Promise<void> {
  if (!slots.length) return;
  await sqlQuery(
    tx,
    `update ${SLOTS} s set occupancy = v.occupancy from unnest($1::uuid[], $2::int[], $3::int[]) as v(venue_id, slot, occupancy)
     where s.venue_id = v.venue_id and s.slot = v.slot`,
    [`{${slots.map((slot) => slot.venueId).join(',')}}`, `{${slots.map((slot) => slot.slot).join(',')}}`, `{${slots.map((slot) => slot.occupancy).join(',')}}`],
  );
}

/**
 * Takes `count` people out of a venue's occupancy at once (an event ended with them still counted inside),
 * from the fullest slots first, never below zero.
 */
export async function releaseOccupancy(tx: EntityManager, venueId: string, count: number): Promise<void> {
  const slots = (await lockSlots(tx, [venueId])).get(venueId)!;
  const moved = spreadOccupancyChange(slots, -count);
  await writeSlots(tx, moved.map((slot) => ({ venueId, ...slot })));
}
