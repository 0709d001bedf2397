import type { EntityManager } from '@mikro-orm/postgresql';
import { TABLES } from './tables.ts';

/** Events whose unused numbers one replica remembers; the least recently reserved are forgotten first. */
const MAX_EVENTS_REMEMBERED = 10_000;

interface Block {
  next: number;
  end: number;
  /** Numbers taken and given back unused (a duplicate, a closed event), handed out again first. */
  returned: number[];
}

export interface EntryNumberAllocator {
  /** The next unused entry sequence number of the event, or null when the event is unknown. */
  take(em: EntityManager, eventId: string): Promise<number | null>;
  /** Gives back a number whose entry was not written, so it is handed out again. */
  giveBack(eventId: string, sequence: number): void;
}

/**
 * Entry sequence numbers, unique per event under any concurrency and across replicas, without making every
 * entry wait for the others (a hi/lo allocator).
 *
 * A replica reserves a block of numbers with one atomic statement on the event's row
 * (`entry_sequence_reserved = entry_sequence_reserved + block`, in its own short transaction, outside the
 * entry's), then hands them out from memory. Two replicas can never hold the same block, and the unique
 * constraint (event, entry_sequence) guards anyway. A counter updated inside each entry's transaction would
 * serialise all entries of an event on that row for the length of a commit; this takes the row lock once per
 * block. The price: numbers are not strictly in entry order across replicas, and a replica that stops forgets
 * the rest of its block (a gap, never a duplicate).
 *
 * Concurrent callers in one process share one reservation at a time; that is an optimisation only:
 * correctness is the database's atomic update.
 */
export function createEntryNumberAllocator(blockSize: number): EntryNumberAllocator {
  const blocks = new Map<string, Block>();
  const reserving = new Map<string, Promise<boolean>>();

  function fromBlock(eventId: string): number | null {
    const block = blocks.get(eventId);
    if (!block) return null;
    const returned = block.returned.pop();
    if (returned !== undefined) return returned;
    if (block.next > block.end) return null;
    return block.next++;
  }

  async function reserve(em: EntityManager, eventId: string): Promise<boolean> {
    const rows = await em.fork().execute<{ reserved: number }[]>(
      `update ${TABLES.eventFacts} set entry_sequence_reserved = entry_sequence_reserved + ? where id = ? returning entry_sequence_reserved as reserved`,
      [blockSize, eventId],
    );
    const reserved = rows[0]?.reserved;
    if (reserved === undefined) return false;
    const previous = blocks.get(eventId);
    blocks.delete(eventId);
    blocks.set(eventId, { next: reserved - blockSize + 1, end: reserved, returned: previous?.returned ?? [] });
    if (blocks.size > MAX_EVENTS_REMEMBERED) blocks.delete(blocks.keys().next().value!);
    return true;
  }

  return {
    async take(em, eventId) {
      for (;;) {
        const sequence = fromBlock(eventId);
        if (sequence !== null) return sequence;
        let pending = reserving.get(eventId);
        if (!pending) {
          pending = reserve(em, eventId).finally(() => reserving.delete(eventId));
          reserving.set(eventId, pending);
        }
        if (!(await pending)) return null;
      }
    },
    giveBack(eventId, sequence) {
      blocks.get(eventId)?.returned.push(sequence);
    },
  };
}
