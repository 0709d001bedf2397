import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntryNumberAllocator } from '../src/services/entryNumbers.ts';
import { startParticipationStack, type ParticipationStack } from './support/stack.ts';

let stack: ParticipationStack;
beforeAll(async () => {
  stack = await startParticipationStack();
});
afterAll(async () => stack?.stop());

describe('entry sequence numbers', () => {
  it('are unique per event across replicas taking them concurrently, from blocks reserved in the database', async () => {
    const { eventId } = await stack.publishEvent();
    const orm = stack.subgraph.runtime.orm;
    // Two allocators are two replicas: each reserves its own blocks from the event's row.
    const replicas = [createEntryNumberAllocator(3), createEntryNumberAllocator(7)];
    const taken = await Promise.all(Array.from({ length: 200 }, (_, i) => replicas[i % 2]!.take(orm.em.fork(), eventId)));
    expect(taken.every((n) => Number.isInteger(n))).toBe(true);
    expect(new Set(taken).size).toBe(200);
    const [row] = await stack.sql<{ reserved: number }>('select entry_sequence_reserved as reserved from "participation"."event_facts" where id = ?', [eventId]);
    expect(Math.max(...(taken as number[]))).toBeLessThanOrEqual(row!.reserved);
    // Reservations are whole blocks: at most one partly used block per replica is left over.
    expect(row!.reserved - 200).toBeLessThan(3 + 7);
  });

  it('hands a number given back (its entry was refused) out again before a new one', async () => {
    const { eventId } = await stack.publishEvent();
    const allocator = createEntryNumberAllocator(10);
    const em = stack.subgraph.runtime.orm.em.fork();
    const first = await allocator.take(em, eventId);
    const second = await allocator.take(em, eventId);
    allocator.giveBack(eventId, first!);
    expect(await allocator.take(em, eventId)).toBe(first);
    expect(await allocator.take(em, eventId)).toBe(second! + 1);
  });

  it('are not handed out for an event that is not known', async () => {
    expect(await createEntryNumberAllocator(5).take(stack.subgraph.runtime.orm.em.fork(), crypto.randomUUID())).toBeNull();
  });
});
