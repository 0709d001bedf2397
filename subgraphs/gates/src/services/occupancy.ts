import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '@attendgate/platform';
import { slotCapacities } from '../domain/occupancySlots.ts';
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
 * Takes `count` people out of a venue's occupancy at once (an event ended with them still counted inside),
 * from the fullest slots first, never below zero.
 */
export async function releaseOccupancy(tx: EntityManager, venueId: string, count: number): Promise<void> {
  const slots = await tx.execute<{ slot: number; occupancy: number }[]>(`select slot, occupancy from ${SLOTS} where venue_id = ? order by occupancy desc for update`, [venueId]);
  let left = count;
  for (const slot of slots) {
    if (left <= 0) break;
    const take = Math.min(left, slot.occupancy);
    if (take > 0) await tx.execute(`update ${SLOTS} set occupancy = occupancy - ? where venue_id = ? and slot = ?`, [take, venueId, slot.slot]);
    left -= take;
  }
}

