import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IN, atGate, countRows, firstError, occupancyOf, participantWithPass, setUpVenue } from './support/fixtures.ts';
import { startGatesStack, type GatesStack } from './support/stack.ts';

let stack: GatesStack;
beforeAll(async () => {
  stack = await startGatesStack();
});
afterAll(async () => stack?.stop());

const checkIn = (input: object, token: string) => stack.graphql({ query: CHECK_IN, variables: { input }, token });

/** People with passes, made one after another (only the check-ins are meant to race). */
async function peopleWithPasses(eventId: string, count: number) {
  const people = [];
  for (let i = 0; i < count; i++) people.push(await participantWithPass(stack, eventId));
  return people;
}

describe('capacity under concurrency', () => {
  it('admits exactly the capacity when many check in at once through several gates, and occupancy is exact', { timeout: 60_000 }, async () => {
    const CAPACITY = 10;
    const PEOPLE = 30;
    const setup = await setUpVenue(stack, { capacity: CAPACITY, gates: [{ direction: 'IN' }, { direction: 'IN' }, { direction: 'IN' }] });
    const people = await peopleWithPasses(setup.eventId, PEOPLE);
    const results = await Promise.all(people.map((person, i) => checkIn(atGate(setup, i % 3, person.pass), person.token)));
    const admitted = results.filter((r) => !r.body.errors);
    const codes = results.filter((r) => r.body.errors).map((r) => firstError(r).code);
    expect(admitted).toHaveLength(CAPACITY);
    expect(codes).toEqual(Array.from({ length: PEOPLE - CAPACITY }, () => 'VENUE_FULL'));
    expect(await occupancyOf(stack, setup.venueId)).toBe(CAPACITY);
    expect(await countRows(stack, 'attendance', 'event_id = ?', [setup.eventId])).toBe(CAPACITY);
    expect(await countRows(stack, 'presence', 'event_id = ? and inside', [setup.eventId])).toBe(CAPACITY);
  });

  it('keeps occupancy exact when entries and exits race', { timeout: 60_000 }, async () => {
    const setup = await setUpVenue(stack, { capacity: 100, gates: [{ direction: 'IN' }, { direction: 'OUT' }] });
    const people = await peopleWithPasses(setup.eventId, 20);
    await Promise.all(people.slice(0, 10).map((person) => checkIn(atGate(setup, 0, person.pass), person.token)));
    expect(await occupancyOf(stack, setup.venueId)).toBe(10);
    // Ten leave while ten others enter, all at once.
    const results = await Promise.all([
      ...people.slice(0, 10).map((person) => checkIn(atGate(setup, 1, person.pass), person.token)),
      ...people.slice(10).map((person) => checkIn(atGate(setup, 0, person.pass), person.token)),
    ]);
    expect(results.filter((r) => r.body.errors)).toEqual([]);
    expect(await occupancyOf(stack, setup.venueId)).toBe(10);
    expect(await countRows(stack, 'presence', 'event_id = ? and inside', [setup.eventId])).toBe(10);
  });

  it('admits one pass once when the same pass is presented at two gates at the same moment', { timeout: 60_000 }, async () => {
    const setup = await setUpVenue(stack, { capacity: 100, gates: [{ direction: 'IN' }, { direction: 'IN' }] });
    const person = await participantWithPass(stack, setup.eventId);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => checkIn(atGate(setup, i % 2, person.pass), person.token)));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => r.body.errors).map((r) => firstError(r).code)).toEqual(Array.from({ length: 5 }, () => 'ALREADY_CHECKED_IN'));
    expect(await occupancyOf(stack, setup.venueId)).toBe(1);
    expect(await countRows(stack, 'attendance', 'event_id = ?', [setup.eventId])).toBe(1);
  });
});
