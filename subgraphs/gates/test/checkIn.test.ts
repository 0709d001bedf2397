import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AT_THE_GATE, BEACON_UUID, CENTRE, CHECK_IN, CONTROL_GATE, ISSUE_ENTRY_PASS, ISSUE_TICKET, atGate, countRows, dataOf, eventually, firstError,
  occupancyOf, participantWithPass, publishEvent, registerParticipant, setUpVenue, type VenueSetup,
} from './support/fixtures.ts';
import { startGatesStack, type GatesStack } from './support/stack.ts';

let stack: GatesStack;
let customer: string;
let operator: string;
let setup: VenueSetup;

beforeAll(async () => {
  stack = await startGatesStack();
  customer = await stack.tokenFor('CUSTOMER');
  operator = await stack.tokenFor('OPERATOR');
  setup = await setUpVenue(stack, { gates: [{ direction: 'IN' }, { direction: 'OUT' }, { direction: 'BOTH' }] });
  // The simulated controllers have their configuration and report: the gates are alive.
  await eventually(async () => (stack.simulators.gateController.gates().length >= 3 ? true : undefined));
});
afterAll(async () => stack?.stop());

const checkIn = (input: object, token = customer) => stack.graphql({ query: CHECK_IN, variables: { input }, token });

/** Proves a refused check-in wrote nothing: no attendance, no presence, occupancy unchanged. */
async function nothingWritten(action: () => Promise<unknown>) {
  const before = { attendance: await countRows(stack, 'attendance'), presence: await countRows(stack, 'presence', 'inside'), occupancy: await occupancyOf(stack, setup.venueId) };
  await action();
  expect({ attendance: await countRows(stack, 'attendance'), presence: await countRows(stack, 'presence', 'inside'), occupancy: await occupancyOf(stack, setup.venueId) }).toEqual(before);
}

describe('check-in from the user app', () => {
  it('admits a participant at the gate: attendance written, occupancy up, CheckedIn published and an OPEN pulse sent to the controller', async () => {
    const checked = await stack.watchDomainEvents('CheckedIn');
    const { pass, entryNumber, participationId } = await participantWithPass(stack, setup.eventId);
    const before = await occupancyOf(stack, setup.venueId);
    const result = await checkIn(atGate(setup, 0, pass));
    expect(result.body.errors).toBeUndefined();
    const admitted = result.body.data.checkIn;
    expect(admitted).toMatchObject({ direction: 'IN', openSignalSent: true, attendance: { direction: 'IN', method: 'PROXIMITY', credentialKind: 'PARTICIPANT', entryNumber, gate: { id: setup.gates[0]!.id }, event: { id: setup.eventId } } });
    expect(await occupancyOf(stack, setup.venueId)).toBe(before + 1);

    const event = await eventually(async () => (await checked.events()).find((e) => e.data.attendanceId === admitted.attendance.id));
    expect(event.data).toMatchObject({ eventId: setup.eventId, venueId: setup.venueId, gateId: setup.gates[0]!.id, direction: 'IN', method: 'PROXIMITY', credential: { kind: 'PARTICIPANT', participationId } });
    const pulse = await eventually(async () => stack.simulators.gateController.gate(setup.gates[0]!.id)?.commands.find((c) => c.command === 'PULSE'));
    expect(pulse.outcome).toBe('ACKED');
  });

  it('is idempotent: the same pass again at an entrance is ALREADY_CHECKED_IN and changes nothing', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    dataOf(await checkIn(atGate(setup, 0, pass)));
    await nothingWritten(async () => {
      expect(firstError(await checkIn(atGate(setup, 0, pass))).code).toBe('ALREADY_CHECKED_IN');
    });
  });

  it('lets the same pass out through an exit (occupancy down), then in again', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    const start = await occupancyOf(stack, setup.venueId);
    dataOf(await checkIn(atGate(setup, 0, pass)));
    const out = dataOf(await checkIn(atGate(setup, 1, pass))).checkIn;
    expect(out).toMatchObject({ direction: 'OUT', attendance: { direction: 'OUT' } });
    expect(await occupancyOf(stack, setup.venueId)).toBe(start);
    dataOf(await checkIn(atGate(setup, 0, pass)));
    expect(await occupancyOf(stack, setup.venueId)).toBe(start + 1);
  });

  it('decides a two-way gate\'s direction from the pass\'s presence', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    expect(dataOf(await checkIn(atGate(setup, 2, pass))).checkIn.direction).toBe('IN');
    expect(dataOf(await checkIn(atGate(setup, 2, pass))).checkIn.direction).toBe('OUT');
  });

  it('admits an operator\'s ticket, and refuses it once revoked (INVALID_CREDENTIAL)', async () => {
    const ticket = dataOf(await stack.graphql({ query: ISSUE_TICKET, token: operator, variables: { eventId: setup.eventId, label: 'VIP guest' } })).issueTicket;
    expect(ticket).toMatchObject({ kind: 'TICKET', ticket: { label: 'VIP guest' } });
    const second = dataOf(await stack.graphql({ query: ISSUE_TICKET, token: operator, variables: { eventId: setup.eventId, label: 'Crew' } })).issueTicket;
    expect(dataOf(await checkIn(atGate(setup, 0, ticket.token))).checkIn.attendance.credentialKind).toBe('TICKET');
    dataOf(await stack.graphql({ query: 'mutation($id: ID!) { revokeTicket(ticketId: $id) { id revokedAt } }', token: operator, variables: { id: second.ticket.id } }));
    await nothingWritten(async () => {
      expect(firstError(await checkIn(atGate(setup, 0, second.token)))).toMatchObject({ code: 'INVALID_CREDENTIAL', extensions: { reason: 'TICKET_REVOKED' } });
    });
  });

  it('refuses forged, altered and other events\' passes with INVALID_CREDENTIAL', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    const [prefix, body, mac] = pass.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ k: 'P', c: randomUUID(), e: setup.eventId })).toString('base64url');
    await nothingWritten(async () => {
      expect(firstError(await checkIn(atGate(setup, 0, `${prefix}.${forgedBody}.${mac}`)))).toMatchObject({ code: 'INVALID_CREDENTIAL', extensions: { reason: 'NOT_A_PASS' } });
      expect(firstError(await checkIn(atGate(setup, 0, `${prefix}.${body}.${mac!.slice(0, -2)}AA`))).code).toBe('INVALID_CREDENTIAL');
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), eventId: randomUUID() }))).toMatchObject({ code: 'INVALID_CREDENTIAL', extensions: { reason: 'OTHER_EVENT' } });
      expect(firstError(await checkIn(atGate(setup, 0, 'not a pass'))).code).toBe('INVALID_CREDENTIAL');
    });
  });

  it('refuses an event that is not live (not started, ended) and an event at another venue', async () => {
    const later = await setUpVenue(stack, { gates: [{ direction: 'IN' }], eventPeriod: { startsAt: new Date(Date.now() + 10 * 86_400_000), endsAt: new Date(Date.now() + 11 * 86_400_000) } });
    const early = await participantWithPass(stack, later.eventId);
    expect(firstError(await checkIn(atGate(later, 0, early.pass)))).toMatchObject({ code: 'INVALID_CREDENTIAL', extensions: { reason: 'EVENT_NOT_STARTED' } });
    // The pass of `setup`'s event at `later`'s gate.
    const { pass } = await participantWithPass(stack, setup.eventId);
    expect(firstError(await checkIn({ ...atGate(later, 0, pass), eventId: setup.eventId }))).toMatchObject({ code: 'INVALID_CREDENTIAL', extensions: { reason: 'WRONG_VENUE' } });

    const ended = await setUpVenue(stack, { gates: [{ direction: 'IN' }] });
    const late = await participantWithPass(stack, ended.eventId);
    await stack.produce('events', 'EventEnded', { eventId: ended.eventId, ownerId: randomUUID(), outcome: 'ENDED', endedAt: new Date().toISOString() });
    await eventually(async () => ((await stack.sql(`select 1 from gates.event where id = ? and ended_at is not null`, [ended.eventId])).length ? true : undefined));
    expect(firstError(await checkIn(atGate(ended, 0, late.pass)))).toMatchObject({ code: 'INVALID_CREDENTIAL', extensions: { reason: 'EVENT_ENDED' } });
  });

  it('refuses a phone outside the venue geofence (OUT_OF_RANGE), allowing for GPS accuracy only up to the cap', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    // 230 m north of the centre of a 200 m fence: outside; with a 40 m accuracy circle it reaches in.
    const at230m = { lat: CENTRE.lat + 230 / 111_195, lng: CENTRE.lng };
    await nothingWritten(async () => {
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), location: { ...at230m, accuracy: 10 } }))).toMatchObject({ code: 'OUT_OF_RANGE', extensions: { reason: 'OUTSIDE_GEOFENCE' } });
      // 2 km of claimed inaccuracy buys at most 50 m.
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), location: { lat: CENTRE.lat + 300 / 111_195, lng: CENTRE.lng, accuracy: 2_000 } })).code).toBe('OUT_OF_RANGE');
    });
    expect(dataOf(await checkIn({ ...atGate(setup, 0, pass), location: { ...at230m, accuracy: 40 } })).checkIn.direction).toBe('IN');
  });

  it('refuses when no beacon of the gate is heard (UNKNOWN_BEACON), even if another gate\'s is', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    const otherGates = atGate(setup, 1, pass).beacons;
    await nothingWritten(async () => {
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), beacons: otherGates }))).toMatchObject({ code: 'UNKNOWN_BEACON' });
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), beacons: [] })).code).toBe('UNKNOWN_BEACON');
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), beacons: [{ uuid: BEACON_UUID, major: 99, minor: 1, rssi: -40 }] })).code).toBe('UNKNOWN_BEACON');
    });
  });

  it('refuses when the gate\'s beacon is heard too far away (OUT_OF_RANGE), using the median of the readings', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    const gate = setup.gates[0]!;
    const reading = (rssi: number) => ({ uuid: BEACON_UUID, major: 1, minor: gate.minor, rssi });
    await nothingWritten(async () => {
      // Median -75 dBm: 6.3 m from a -59 dBm beacon with n = 2, beyond the 3 m range.
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), beacons: [-75, -74, -76].map(reading) }))).toMatchObject({ code: 'OUT_OF_RANGE', extensions: { reason: 'TOO_FAR_FROM_GATE' } });
    });
    // One spike (-40 dBm) among far readings does not pull the estimate in; among near readings one fade does not push it out.
    expect(firstError(await checkIn({ ...atGate(setup, 0, pass), beacons: [-75, -40, -76].map(reading) })).code).toBe('OUT_OF_RANGE');
    expect(dataOf(await checkIn({ ...atGate(setup, 0, pass), beacons: [-61, -95, -62].map(reading) })).checkIn.direction).toBe('IN');
  });

  it('refuses entry through a locked gate (GATE_LOCKED) and admits again once unlocked', async () => {
    const locked = await setUpVenue(stack, { gates: [{ direction: 'IN' }] });
    await eventually(async () => stack.simulators.gateController.gate(locked.gates[0]!.id));
    expect(dataOf(await stack.graphql({ query: CONTROL_GATE, token: operator, variables: { gateId: locked.gates[0]!.id, command: 'LOCK' } })).controlGate.gate.state).toBe('LOCKED');
    const { pass } = await participantWithPass(stack, locked.eventId);
    expect(firstError(await checkIn(atGate(locked, 0, pass)))).toMatchObject({ code: 'GATE_LOCKED', extensions: { state: 'LOCKED' } });
    expect(dataOf(await stack.graphql({ query: CONTROL_GATE, token: operator, variables: { gateId: locked.gates[0]!.id, command: 'UNLOCK' } })).controlGate.gate.state).toBe('CLOSED');
    expect(dataOf(await checkIn(atGate(locked, 0, pass))).checkIn.direction).toBe('IN');
  });

  it('refuses entry when the venue is full (VENUE_FULL) and admits again after an exit', async () => {
    const small = await setUpVenue(stack, { capacity: 1, gates: [{ direction: 'IN' }, { direction: 'OUT' }] });
    const first = await participantWithPass(stack, small.eventId);
    const second = await participantWithPass(stack, small.eventId);
    dataOf(await checkIn(atGate(small, 0, first.pass)));
    expect(firstError(await checkIn(atGate(small, 0, second.pass))).code).toBe('VENUE_FULL');
    expect(await countRows(stack, 'attendance', 'event_id = ?', [small.eventId])).toBe(1);
    expect(await countRows(stack, 'presence', 'event_id = ? and inside', [small.eventId])).toBe(1);
    dataOf(await checkIn(atGate(small, 1, first.pass)));
    expect(dataOf(await checkIn(atGate(small, 0, second.pass))).checkIn.direction).toBe('IN');
    expect(await occupancyOf(stack, small.venueId)).toBe(1);
  });

  it('does not count passages through a gate that does not count occupancy', async () => {
    const staff = await setUpVenue(stack, { capacity: 5, gates: [{ direction: 'BOTH', countsOccupancy: false }, { direction: 'OUT' }] });
    const { pass } = await participantWithPass(stack, staff.eventId);
    dataOf(await checkIn(atGate(staff, 0, pass)));
    expect(await occupancyOf(stack, staff.venueId)).toBe(0);
    // Leaving through a counting exit after a non-counted entry must not take anyone else's place.
    dataOf(await checkIn(atGate(staff, 1, pass)));
    expect(await occupancyOf(stack, staff.venueId)).toBe(0);
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and unknown gates with NOT_FOUND', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    await nothingWritten(async () => {
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), location: { ...AT_THE_GATE, lat: 91 } }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'location.lat' } });
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), beacons: [{ uuid: BEACON_UUID, major: 1, minor: 1, rssi: 3 }] }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'beacons.0.rssi' } });
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), beacons: Array.from({ length: 51 }, () => ({ uuid: BEACON_UUID, major: 1, minor: 1, rssi: -60 })) }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'beacons' } });
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), gateId: randomUUID() })).code).toBe('NOT_FOUND');
      expect(firstError(await checkIn({ ...atGate(setup, 0, pass), gateId: 'gate-1' })).code).toBe('NOT_FOUND');
    });
  });

  it('needs a signed-in user', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    expect(firstError(await stack.graphql({ query: CHECK_IN, variables: { input: atGate(setup, 0, pass) } })).code).toBe('UNAUTHENTICATED');
  });

  it('lets an operator admit a pass holder manually (method MANUAL, no proximity needed)', async () => {
    const { pass } = await participantWithPass(stack, setup.eventId);
    const manual = dataOf(await stack.graphql({
      query: 'mutation($e: ID!, $g: ID!, $c: String!) { admitManually(eventId: $e, gateId: $g, credential: $c) { direction attendance { method } } }',
      token: operator, variables: { e: setup.eventId, g: setup.gates[0]!.id, c: pass },
    })).admitManually;
    expect(manual).toEqual({ direction: 'IN', attendance: { method: 'MANUAL' } });
    expect(firstError(await stack.graphql({ query: 'mutation($e: ID!, $g: ID!, $c: String!) { admitManually(eventId: $e, gateId: $g, credential: $c) { direction } }', token: customer, variables: { e: setup.eventId, g: setup.gates[0]!.id, c: pass } })).code).toBe('FORBIDDEN');
  });
});

describe('entry passes', () => {
  it('are issued for the right entry number and phone only, with the same answer for either mistake', async () => {
    const participant = await registerParticipant(stack, setup.eventId, '01098765432');
    const issue = (entryNumber: string, phone: string) => stack.graphql({ query: ISSUE_ENTRY_PASS, token: customer, variables: { eventId: setup.eventId, entryNumber, phone } });
    const pass = dataOf(await issue(participant.entryNumber, '010-9876-5432')).issueEntryPass;
    expect(pass).toMatchObject({ kind: 'PARTICIPANT', eventId: setup.eventId, entryNumber: participant.entryNumber });
    expect(firstError(await issue(participant.entryNumber, '010-9876-5431'))).toMatchObject({ code: 'INVALID_CREDENTIAL', extensions: { reason: 'UNKNOWN_ENTRY' } });
    expect(firstError(await issue('9999-9', '010-9876-5432'))).toMatchObject({ code: 'INVALID_CREDENTIAL', extensions: { reason: 'UNKNOWN_ENTRY' } });
    expect(firstError(await issue(participant.entryNumber, 'not a phone'))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'phone' } });
  });

  it('are limited per user per minute (RATE_LIMITED)', async () => {
    const guesser = await stack.tokenFor('CUSTOMER', 'guesser');
    const results = [];
    for (let i = 0; i < 12; i++) {
      results.push(firstError(await stack.graphql({ query: ISSUE_ENTRY_PASS, token: guesser, variables: { eventId: setup.eventId, entryNumber: `${1000 + i}-1`, phone: '01012345678' } })).code);
    }
    expect(results.slice(0, 10).every((code) => code === 'INVALID_CREDENTIAL')).toBe(true);
    expect(results.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('come from ParticipantRegistered: an entry announced twice is one entry', async () => {
    const eventId = randomUUID();
    await publishEvent(stack, eventId);
    const participant = await registerParticipant(stack, eventId);
    await stack.produce('participation', 'ParticipantRegistered', {
      participationId: participant.participationId, eventId, entryNumber: participant.entryNumber, entryPath: 'INSTAGRAM', storeVisited: false,
      customerKey: stack.customerKey(participant.phone), contact: stack.sealContact('이참가', participant.phone), registeredAt: new Date().toISOString(),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await countRows(stack, 'entry', 'event_id = ?', [eventId])).toBe(1);
  });
});
