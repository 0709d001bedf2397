import { randomInt, randomUUID } from 'node:crypto';
import { eventually } from '@attendgate/platform/testing';
import type { GatesStack, GraphqlResult } from './stack.ts';

export { eventually };

export const BEACON_UUID = 'f7826da6-4fa2-4e98-8024-bc5b71e0893e';
export const TX_POWER = -59;
/** A venue at Seoul Olympic Stadium; gates at its centre. */
export const CENTRE = { lat: 37.5159, lng: 127.0727 };
/** A phone standing at the gate: inside the fence, hearing the gate's beacon at about 1.4 m (n = 2). */
export const AT_THE_GATE = { lat: CENTRE.lat + 0.0001, lng: CENTRE.lng, accuracy: 8 };

let counter = 0;
const runTag = randomInt(1_000, 9_999);

export function uniqueName(label: string): string {
  counter += 1;
  return `${label} ${runTag}-${counter}`;
}

/** A fresh 010 mobile number. */
export function uniquePhone(): string {
  counter += 1;
  return `010${String(runTag).padStart(4, '0')}${String(counter).padStart(4, '0')}`;
}

/** The first error's code and extensions. */
export function firstError(result: GraphqlResult) {
  const error = result.body.errors?.[0];
  return { code: error?.extensions?.code as string | undefined, extensions: error?.extensions ?? {}, message: error?.message };
}


/** Fails the test with the GraphQL errors when there are any; returns the data. */
export function dataOf(result: GraphqlResult): any {
  if (result.body.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.body.errors)}`);
  return result.body.data;
}

export const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id name capacity occupancy radiusMeters centre { lat lng } } }`;
export const REGISTER_GATE = `mutation($input: RegisterGateInput!) { registerGate(input: $input) { id name direction state countsOccupancy rangeMeters } }`;
export const CONFIGURE_BEACON = `mutation($input: ConfigureBeaconInput!) { configureBeacon(input: $input) { id uuid major minor txPower gate { id } } }`;
export const CHECK_IN = `mutation($input: CheckInInput!) { checkIn(input: $input) { direction openSignalSent attendance { id direction method credentialKind entryNumber gate { id } event { id } } } }`;
export const ISSUE_ENTRY_PASS = `mutation($eventId: ID!, $entryNumber: String!, $phone: String!) { issueEntryPass(eventId: $eventId, entryNumber: $entryNumber, phone: $phone) { token kind eventId entryNumber } }`;
export const ISSUE_TICKET = `mutation($eventId: ID!, $label: String!) { issueTicket(eventId: $eventId, label: $label) { token kind ticket { id label } } }`;
export const CONTROL_GATE = `mutation($gateId: ID!, $command: GateCommandKind!) { controlGate(gateId: $gateId, command: $command) { command { id command status targetState detail } gate { id state pendingCommand { id } } } }`;
export const GATE_STATE = `query($id: ID!) { gate(id: $id) { id state lastHeartbeatAt doorOpen batteryPercent batteryLow tamper } }`;

export interface VenueSetup {
  venueId: string;
  gates: { id: string; direction: string; minor: number }[];
  eventId: string;
}

/**
 * A venue with gates (each with its own beacon), an event assigned to it and published (its period running),
 * through the API and the events subgraph's domain event, as in production.
 */
export async function setUpVenue(
  stack: GatesStack,
  options: { capacity?: number; gates?: { direction: 'IN' | 'OUT' | 'BOTH'; countsOccupancy?: boolean }[]; eventPeriod?: { startsAt: Date; endsAt: Date } } = {},
): Promise<VenueSetup> {
  const operator = await stack.tokenFor('OPERATOR');
  const venue = dataOf(await stack.graphql({
    query: CREATE_VENUE, token: operator,
    variables: { input: { name: uniqueName('Stadium'), address: '서울 송파구 올림픽로 25', centre: CENTRE, radiusMeters: 200, capacity: options.capacity ?? 1000 } },
  })).createVenue;
  const gates = [];
  for (const [index, spec] of (options.gates ?? [{ direction: 'IN' }, { direction: 'OUT' }]).entries()) {
    const gate = dataOf(await stack.graphql({ query: REGISTER_GATE, token: operator, variables: { input: { venueId: venue.id, name: `Gate ${index + 1}`, ...spec } } })).registerGate;
    const minor = randomInt(1, 65_535);
    dataOf(await stack.graphql({ query: CONFIGURE_BEACON, token: operator, variables: { input: { gateId: gate.id, uuid: BEACON_UUID, major: index + 1, minor, txPower: TX_POWER } } }));
    gates.push({ id: gate.id, direction: spec.direction, minor, major: index + 1 });
  }
  const eventId = randomUUID();
  dataOf(await stack.graphql({ query: 'mutation($e: ID!, $v: ID!) { assignEventToVenue(eventId: $e, venueId: $v) { id } }', token: operator, variables: { e: eventId, v: venue.id } }));
  await publishEvent(stack, eventId, options.eventPeriod);
  return { venueId: venue.id, gates: gates.map((g) => ({ ...g })), eventId };
}

/** EventPublished from the events subgraph, then waits until gates has applied it. */
export async function publishEvent(stack: GatesStack, eventId: string, period = { startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 86_400_000) }) {
  await stack.produce('events', 'EventPublished', {
    eventId, ownerId: randomUUID(), title: 'Test event', purpose: 'AWARENESS', channels: ['INSTAGRAM'],
    startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString(), announcesAt: null,
    prize: { name: 'Coffee', quantity: 1, unitValueKrw: 5000 }, publishedAt: new Date().toISOString(),
  });
  await eventually(async () => ((await stack.sql(`select 1 from gates.event where id = ? and published_at is not null`, [eventId])).length ? true : undefined));
}

/** A participant entered through the participation subgraph (ParticipantRegistered); resolves once gates has it. */
export async function registerParticipant(stack: GatesStack, eventId: string, phone = uniquePhone()) {
  const participationId = randomUUID();
  counter += 1;
  const entryNumber = `${String(counter).padStart(4, '0')}-${randomInt(0, 10)}`;
  await stack.produce('participation', 'ParticipantRegistered', {
    participationId, eventId, entryNumber, entryPath: 'INSTAGRAM', storeVisited: false,
    customerKey: stack.customerKey(phone), contact: stack.sealContact('이참가', phone), registeredAt: new Date().toISOString(),
  });
  await eventually(async () => ((await stack.sql(`select 1 from gates.entry where participation_id = ?`, [participationId])).length ? true : undefined));
  return { participationId, entryNumber, phone };
}

/**
 * A participant and their gate pass, obtained with entry number and phone as the app does, signed in as
 * themselves (each participant is a user of their own: pass attempts are limited per user).
 */
export async function participantWithPass(stack: GatesStack, eventId: string) {
  const participant = await registerParticipant(stack, eventId);
  const token = await stack.tokenFor('CUSTOMER', participant.participationId);
  const pass = dataOf(await stack.graphql({ query: ISSUE_ENTRY_PASS, token, variables: { eventId, entryNumber: participant.entryNumber, phone: participant.phone } })).issueEntryPass;
  return { ...participant, token, pass: pass.token as string };
}

/** What a phone at a gate sends: its fix and three readings of the gate's beacon. */
export function atGate(setup: VenueSetup, gateIndex: number, credential: string, rssi = -62) {
  const gate = setup.gates[gateIndex]!;
  const reading = { uuid: BEACON_UUID, major: gateIndex + 1, minor: gate.minor, rssi };
  return { eventId: setup.eventId, gateId: gate.id, credential, location: AT_THE_GATE, beacons: [reading, { ...reading, rssi: rssi - 2 }, { ...reading, rssi: rssi + 1 }] };
}

export async function occupancyOf(stack: GatesStack, venueId: string): Promise<number> {
  const [row] = await stack.sql<{ occupancy: number }>(`select coalesce(sum(occupancy), 0)::int as occupancy from gates.occupancy_slot where venue_id = ?`, [venueId]);
  return row!.occupancy;
}

export async function countRows(stack: GatesStack, table: string, where = 'true', values: unknown[] = []): Promise<number> {
  const [row] = await stack.sql<{ count: number }>(`select count(*)::int as count from gates.${table} where ${where}`, values);
  return row!.count;
}
