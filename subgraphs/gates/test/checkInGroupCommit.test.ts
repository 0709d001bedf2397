import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IN, atGate, countRows, eventually, firstError, occupancyOf, participantWithPass, setUpVenue } from './support/fixtures.ts';
import { startGatesStack, type GatesStack } from './support/stack.ts';

let stack: GatesStack;
// A long window, so that the check-ins sent together are written in one or a few batches.
beforeAll(async () => {
  stack = await startGatesStack({ GATES_CHECK_IN_BATCH_WINDOW_MS: '200', GATES_CHECK_IN_BATCH_MAX_CHECK_INS: '100' });
});
afterAll(async () => stack?.stop());

const checkIn = (input: object, token: string) => stack.graphql({ query: CHECK_IN, variables: { input }, token });

describe('group commit of check-ins', () => {
  it('gives each check-in of one batch its own answer: admitted, ALREADY_CHECKED_IN for a duplicate, VENUE_FULL past capacity', { timeout: 60_000 }, async () => {
    const CAPACITY = 5;
    const setup = await setUpVenue(stack, { capacity: CAPACITY, gates: [{ direction: 'IN' }, { direction: 'IN' }] });
    const people = [];
    for (let i = 0; i < 8; i++) people.push(await participantWithPass(stack, setup.eventId));
    const checked = await stack.watchDomainEvents('CheckedIn');
    // Eight people, the first two presenting their pass twice (at both gates), all at once.
    const attempts = [...people.map((person, i) => ({ person, gate: i % 2 })), { person: people[0]!, gate: 1 }, { person: people[1]!, gate: 0 }];
    const started = Date.now();
    const results = await Promise.all(attempts.map(({ person, gate }) => checkIn(atGate(setup, gate, person.pass), person.token)));
    const codes = results.map((r) => (r.body.errors ? String(firstError(r).code) : 'ADMITTED'));
    expect(Date.now() - started).toBeLessThan(30_000);
    // Every person is admitted at most once; duplicates are ALREADY_CHECKED_IN (or VENUE_FULL when their first try filled nothing).
    const byPerson = new Map<string, string[]>();
    attempts.forEach(({ person }, i) => byPerson.set(person.pass, [...(byPerson.get(person.pass) ?? []), codes[i]!]));
    for (const personCodes of byPerson.values()) expect(personCodes.filter((code) => code === 'ADMITTED').length).toBeLessThanOrEqual(1);
    expect(codes.filter((code) => code === 'ADMITTED')).toHaveLength(CAPACITY);
    expect(codes.filter((code) => code === 'VENUE_FULL').length).toBeGreaterThanOrEqual(8 - CAPACITY);
    expect(codes.every((code) => ['ADMITTED', 'VENUE_FULL', 'ALREADY_CHECKED_IN'].includes(code))).toBe(true);
    // The duplicate of someone admitted is ALREADY_CHECKED_IN, never a second admission.
    for (const personCodes of byPerson.values()) {
      if (personCodes.includes('ADMITTED') && personCodes.length === 2) expect(personCodes.filter((code) => code !== 'ADMITTED')).toEqual(['ALREADY_CHECKED_IN']);
    }
    expect(await occupancyOf(stack, setup.venueId)).toBe(CAPACITY);
    expect(await countRows(stack, 'attendance', 'event_id = ?', [setup.eventId])).toBe(CAPACITY);
    expect(await countRows(stack, 'presence', 'event_id = ? and inside', [setup.eventId])).toBe(CAPACITY);
    // CheckedIn exactly for the admitted (none for a refused check-in rolled back to its savepoint).
    const events = await eventually(async () => {
      const found = (await checked.events()).filter((e) => e.data.eventId === setup.eventId);
      return found.length >= CAPACITY ? found : undefined;
    });
    expect(events).toHaveLength(CAPACITY);
    expect(new Set(events.map((e) => e.data.attendanceId)).size).toBe(CAPACITY);
  });

  it('in one batch, a duplicate after an admission is ALREADY_CHECKED_IN, an exit is written, and nobody is refused for another one\'s sake', { timeout: 60_000 }, async () => {
    const setup = await setUpVenue(stack, { capacity: 100, gates: [{ direction: 'IN' }, { direction: 'OUT' }] });
    const leaving = await participantWithPass(stack, setup.eventId);
    expect((await checkIn(atGate(setup, 0, leaving.pass), leaving.token)).body.errors).toBeUndefined();
    const person = await participantWithPass(stack, setup.eventId);
    const other = await participantWithPass(stack, setup.eventId);
    const results = await Promise.all([
      checkIn(atGate(setup, 0, person.pass), person.token),
      checkIn(atGate(setup, 0, person.pass), person.token),
      checkIn(atGate(setup, 0, other.pass), other.token),
      checkIn(atGate(setup, 1, leaving.pass), leaving.token),
    ]);
    const codes = results.map((r) => (r.body.errors ? String(firstError(r).code) : 'ADMITTED'));
    expect(codes.slice(0, 2).sort()).toEqual(['ADMITTED', 'ALREADY_CHECKED_IN']);
    expect(codes.slice(2)).toEqual(['ADMITTED', 'ADMITTED']);
    expect(results[3]!.body.data.checkIn.direction).toBe('OUT');
    expect(await occupancyOf(stack, setup.venueId)).toBe(2);
    expect(await countRows(stack, 'presence', 'event_id = ? and inside', [setup.eventId])).toBe(2);
  });
});
