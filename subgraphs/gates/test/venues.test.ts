import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BEACON_UUID, CENTRE, CHECK_IN, CONFIGURE_BEACON, CREATE_VENUE, REGISTER_GATE, atGate, countRows, dataOf, eventually, firstError,
  participantWithPass, setUpVenue, uniqueName,
} from './support/fixtures.ts';
import { stubEvents } from '@attendgate/gateway/testing';
import { startGatesStack, type GatesStack } from './support/stack.ts';

let stack: GatesStack;
let operator: string;

beforeAll(async () => {
  stack = await startGatesStack();
  operator = await stack.tokenFor('OPERATOR');
});
afterAll(async () => stack?.stop());

const venueInput = (overrides: Record<string, unknown> = {}) => ({ name: uniqueName('Hall'), address: '서울 중구 세종대로 110', centre: CENTRE, radiusMeters: 150, capacity: 300, ...overrides });
const createVenue = (input: object, token = operator) => stack.graphql({ query: CREATE_VENUE, variables: { input }, token });

describe('venue set-up by operators', () => {
  it('creates venues, gates and beacons; the gate\'s controller receives its configuration (retained) over MQTT', async () => {
    const venue = dataOf(await createVenue(venueInput())).createVenue;
    expect(venue).toMatchObject({ capacity: 300, occupancy: 0, radiusMeters: 150, centre: CENTRE });
    const gate = dataOf(await stack.graphql({ query: REGISTER_GATE, token: operator, variables: { input: { venueId: venue.id, name: '  East   1 ', direction: 'BOTH', rangeMeters: 2.5 } } })).registerGate;
    expect(gate).toMatchObject({ name: 'East 1', direction: 'BOTH', state: 'CLOSED', countsOccupancy: true, rangeMeters: 2.5 });
    const beacon = dataOf(await stack.graphql({ query: CONFIGURE_BEACON, token: operator, variables: { input: { gateId: gate.id, uuid: BEACON_UUID.toUpperCase(), major: 7, minor: 70, txPower: -61 } } })).configureBeacon;
    expect(beacon).toMatchObject({ uuid: BEACON_UUID, major: 7, minor: 70, txPower: -61, gate: { id: gate.id } });
    const simulated = await eventually(async () => (stack.simulators.gateController.gate(gate.id)?.config.beacons.length ? stack.simulators.gateController.gate(gate.id) : undefined));
    expect(simulated!.config).toMatchObject({ gateId: gate.id, venueId: venue.id, name: 'East 1', direction: 'BOTH', beacons: [{ uuid: BEACON_UUID, major: 7, minor: 70, txPower: -61 }] });
    // Recalibrating the same beacon updates it (no second beacon) and the controller's configuration.
    dataOf(await stack.graphql({ query: CONFIGURE_BEACON, token: operator, variables: { input: { gateId: gate.id, uuid: BEACON_UUID, major: 7, minor: 70, txPower: -57 } } }));
    expect(await countRows(stack, 'beacon', 'gate_id = ?', [gate.id])).toBe(1);
    await eventually(async () => (stack.simulators.gateController.gate(gate.id)!.config.beacons[0]!.txPower === -57 ? true : undefined));
  });

  it('refuses invalid input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await countRows(stack, 'venue');
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'name'], [{ name: 'x'.repeat(101) }, 'name'], [{ centre: { lat: 100, lng: 0 } }, 'centre.lat'], [{ centre: { lat: 0, lng: 181 } }, 'centre.lng'],
      [{ radiusMeters: 0 }, 'radiusMeters'], [{ radiusMeters: 5_000 }, 'radiusMeters'], [{ capacity: 0 }, 'capacity'], [{ capacity: 1.5 }, 'capacity'],
    ];
    for (const [overrides, field] of cases) {
      const result = await createVenue(venueInput(overrides));
      // Apollo refuses a non-integer Int itself (variables of the wrong type): BAD_USER_INPUT without our field.
      expect(firstError(result).code, JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
      if (!(overrides.capacity === 1.5)) expect(firstError(result).extensions.field).toBe(field);
    }
    expect(await countRows(stack, 'venue')).toBe(before);

    const venue = dataOf(await createVenue(venueInput())).createVenue;
    const gateInput = { venueId: venue.id, name: 'A', direction: 'IN' };
    expect(firstError(await stack.graphql({ query: REGISTER_GATE, token: operator, variables: { input: { ...gateInput, rangeMeters: 100 } } }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'rangeMeters' } });
    expect(firstError(await stack.graphql({ query: REGISTER_GATE, token: operator, variables: { input: { ...gateInput, venueId: randomUUID() } } })).code).toBe('NOT_FOUND');
    const gate = dataOf(await stack.graphql({ query: REGISTER_GATE, token: operator, variables: { input: gateInput } })).registerGate;
    const beacon = (overrides: object) => stack.graphql({ query: CONFIGURE_BEACON, token: operator, variables: { input: { gateId: gate.id, uuid: BEACON_UUID, major: 1, minor: 1, txPower: -59, ...overrides } } });
    expect(firstError(await beacon({ uuid: 'not-a-uuid' }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'uuid' } });
    expect(firstError(await beacon({ major: 70_000 }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'major' } });
    expect(firstError(await beacon({ txPower: 5 }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'txPower' } });
    expect(await countRows(stack, 'gate', 'venue_id = ?', [venue.id])).toBe(1);
    expect(await countRows(stack, 'beacon', 'gate_id = ?', [gate.id])).toBe(0);
  });

  it('settles duplicates, concurrent ones included, with one winner and CONFLICT for the rest', async () => {
    const input = venueInput();
    const results = await Promise.all([0, 1, 2].map(() => createVenue(input)));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => r.body.errors).map((r) => firstError(r))).toEqual([
      expect.objectContaining({ code: 'CONFLICT', extensions: expect.objectContaining({ field: 'name' }) }),
      expect.objectContaining({ code: 'CONFLICT', extensions: expect.objectContaining({ field: 'name' }) }),
    ]);
    const venueId = results.find((r) => !r.body.errors)!.body.data.createVenue.id;
    const gates = await Promise.all([0, 1].map(() => stack.graphql({ query: REGISTER_GATE, token: operator, variables: { input: { venueId, name: 'Main', direction: 'IN' } } })));
    expect(gates.map((r) => firstError(r).code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    // One beacon identity names one gate.
    const [a, b] = await Promise.all(['A', 'B'].map(async (name) => dataOf(await stack.graphql({ query: REGISTER_GATE, token: operator, variables: { input: { venueId, name, direction: 'IN' } } })).registerGate));
    const identity = { uuid: BEACON_UUID, major: 500, minor: Math.floor(Math.random() * 60_000) + 1, txPower: -59 };
    dataOf(await stack.graphql({ query: CONFIGURE_BEACON, token: operator, variables: { input: { ...identity, gateId: a.id } } }));
    expect(firstError(await stack.graphql({ query: CONFIGURE_BEACON, token: operator, variables: { input: { ...identity, gateId: b.id } } }))).toMatchObject({ code: 'CONFLICT', extensions: { field: 'uuid' } });
  });

  it('registers cameras with stream URLs for the dashboard, refusing URLs with credentials', async () => {
    const setup = await setUpVenue(stack, { gates: [{ direction: 'IN' }] });
    const register = (streamUrl: string) => stack.graphql({ query: 'mutation($i: RegisterCameraInput!) { registerCamera(input: $i) { id name streamUrl status gate { id } } }', token: operator, variables: { i: { gateId: setup.gates[0]!.id, name: 'Lane cam', streamUrl } } });
    expect(firstError(await register('rtsp://admin:1234@10.1.1.5/stream'))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'streamUrl' } });
    const camera = dataOf(await register('rtsp://10.1.1.5:554/stream1')).registerCamera;
    expect(camera).toMatchObject({ name: 'Lane cam', streamUrl: 'rtsp://10.1.1.5:554/stream1', status: 'UNKNOWN', gate: { id: setup.gates[0]!.id } });
    const gate = dataOf(await stack.graphql({ query: 'query($id: ID!) { gate(id: $id) { cameras { streamUrl } } }', token: operator, variables: { id: setup.gates[0]!.id } })).gate;
    expect(gate.cameras).toEqual([{ streamUrl: 'rtsp://10.1.1.5:554/stream1' }]);
  });

  it('keeps alert contacts\' phones encrypted and shows them masked', async () => {
    const venue = dataOf(await createVenue(venueInput())).createVenue;
    const add = (phone: string) => stack.graphql({ query: 'mutation($v: ID!, $p: String!) { addAlertContact(venueId: $v, name: "당직 운영자", phone: $p) { name phone } }', token: operator, variables: { v: venue.id, p: phone } });
    expect(dataOf(await add('010-2345-6789')).addAlertContact).toEqual({ name: '당직 운영자', phone: '010-****-6789' });
    expect(firstError(await add('+82 10 2345 6789'))).toMatchObject({ code: 'CONFLICT', extensions: { field: 'phone' } });
    expect(firstError(await add('12345'))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'phone' } });
    const [row] = await stack.sql<{ phone_ciphertext: string }>(`select phone_ciphertext from gates.alert_contact where venue_id = ?`, [venue.id]);
    expect(row!.phone_ciphertext).not.toContain('2345');
  });

  it('is for operators and admins: customers and owners are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    expect(firstError(await createVenue(venueInput(), await stack.tokenFor('CUSTOMER'))).code).toBe('FORBIDDEN');
    expect(firstError(await createVenue(venueInput(), await stack.tokenFor('OWNER'))).code).toBe('FORBIDDEN');
    expect(firstError(await stack.graphql({ query: CREATE_VENUE, variables: { input: venueInput() } })).code).toBe('UNAUTHENTICATED');
    expect(dataOf(await createVenue(venueInput(), await stack.tokenFor('ADMIN'))).createVenue.id).toBeDefined();
  });
});

describe('reading venues, gates and events', () => {
  it('pages venues by name with cursors', async () => {
    for (let i = 0; i < 3; i++) dataOf(await createVenue(venueInput()));
    const page = async (after?: string) => dataOf(await stack.graphql({ query: 'query($a: String) { venues(first: 2, after: $a) { nodes { name } pageInfo { hasNextPage endCursor } totalCount } }', token: operator, variables: { a: after } })).venues;
    const first = await page();
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const names = [...first.nodes];
    let cursor = first.pageInfo.endCursor;
    for (;;) {
      const next = await page(cursor);
      names.push(...next.nodes);
      if (!next.pageInfo.hasNextPage) break;
      cursor = next.pageInfo.endCursor;
    }
    expect(names.length).toBe(first.totalCount);
    expect(names.map((n: { name: string }) => n.name)).toEqual([...names.map((n: { name: string }) => n.name)].sort());
    expect(firstError(await stack.graphql({ query: '{ venues(first: 101) { totalCount } }', token: operator })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await stack.graphql({ query: '{ venues(after: "garbage") { totalCount } }', token: operator })).code).toBe('BAD_USER_INPUT');
  });

  it('shows customers what a gate is, but not its state, sensors or commands', async () => {
    const setup = await setUpVenue(stack, { gates: [{ direction: 'IN' }] });
    const customer = await stack.tokenFor('CUSTOMER');
    const result = await stack.graphql({ query: 'query($id: ID!) { gate(id: $id) { id name direction venue { name } state beacons { uuid } } }', token: customer, variables: { id: setup.gates[0]!.id } });
    expect(result.body.data.gate).toMatchObject({ id: setup.gates[0]!.id, name: 'Gate 1', direction: 'IN', state: null, beacons: null });
    expect(result.body.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('adds gates and attendance to Event (owned by the events subgraph), resolved together through the gateway', async () => {
    const setup = await setUpVenue(stack, { gates: [{ direction: 'IN' }, { direction: 'OUT' }] });
    stubEvents.set(setup.eventId, { title: '봄 축제', status: 'PUBLISHED' });
    const people = [await participantWithPass(stack, setup.eventId), await participantWithPass(stack, setup.eventId)];
    for (const person of people) dataOf(await stack.graphql({ query: CHECK_IN, token: person.token, variables: { input: atGate(setup, 0, person.pass) } }));
    dataOf(await stack.graphql({ query: CHECK_IN, token: people[0]!.token, variables: { input: atGate(setup, 1, people[0]!.pass) } }));
    const query = `query($id: ID!) { event(id: $id) { id title venue { id } gates { nodes { name } totalCount }
      attendance { admitted inside passages(first: 2) { totalCount nodes { direction entryNumber gate { name } } pageInfo { hasNextPage } } } } }`;
    const event = dataOf(await stack.graphql({ query, token: operator, variables: { id: setup.eventId } })).event;
    expect(event).toMatchObject({
      title: '봄 축제', venue: { id: setup.venueId }, gates: { totalCount: 2 },
      attendance: { admitted: 2, inside: 1, passages: { totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ direction: 'OUT', entryNumber: people[0]!.entryNumber, gate: { name: 'Gate 2' } }, { direction: 'IN' }] } },
    });
    // The event's owner (from EventPublished) sees its attendance; another owner and customers do not.
    const [{ owner_id: ownerId }] = (await stack.sql<{ owner_id: string }>(`select owner_id from gates.event where id = ?`, [setup.eventId])) as [{ owner_id: string }];
    const owner = await stack.tokenFor('OWNER', 'event owner', ownerId);
    expect(dataOf(await stack.graphql({ query: 'query($id: ID!) { event(id: $id) { attendance { admitted } } }', token: owner, variables: { id: setup.eventId } })).event.attendance.admitted).toBe(2);
    const stranger = await stack.graphql({ query: 'query($id: ID!) { event(id: $id) { attendance { admitted } } }', token: await stack.tokenFor('OWNER', 'someone else'), variables: { id: setup.eventId } });
    expect(firstError(stranger).code).toBe('FORBIDDEN');
    // A customer sees their own passage in the check-in answer.
    const own = dataOf(await stack.graphql({ query: CHECK_IN, token: people[1]!.token, variables: { input: atGate(setup, 1, people[1]!.pass) } })).checkIn;
    expect(own.attendance.direction).toBe('OUT');
  });
});
