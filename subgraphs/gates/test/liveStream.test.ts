import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IN, CONTROL_GATE, atGate, dataOf, eventually, participantWithPass, setUpVenue, type VenueSetup } from './support/fixtures.ts';
import { stubEvents, stubState, subscribeThroughGateway } from '@attendgate/gateway/testing';
import { startGatesStack, type GatesStack } from './support/stack.ts';

let stack: GatesStack;
let operator: string;
let setup: VenueSetup;
const clients: Client[] = [];

beforeAll(async () => {
  stack = await startGatesStack();
  operator = await stack.tokenFor('OPERATOR');
  setup = await setUpVenue(stack, { capacity: 50, gates: [{ direction: 'IN' }, { direction: 'OUT' }] });
  stubEvents.set(setup.eventId, { title: '가을 음악 축제', status: 'PUBLISHED' });
  await eventually(async () => (setup.gates.every((g) => stack.simulators.gateController.gate(g.id)) ? true : undefined));
});
afterEach(async () => {
  stack.simulators.gateController.clearFaults();
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});
afterAll(async () => stack?.stop());

const LIVE = `subscription($v: ID!) {
  gateStateChanged(venueId: $v) {
    change changedGateId occupancy capacity at
    venue { id name }
    gates { id name state batteryLow }
    activeEmergency { kind message }
    openAlerts { kind gate { id } }
    events { id title status }
  }
}`;

/** A dashboard's subscription through the gateway (graphql-ws), collecting what arrives. */
function subscribe(token: string, venueId: string) {
  const live = subscribeThroughGateway(stack.gatewayUrl, token, LIVE, { v: venueId });
  clients.push(live.client);
  return {
    messages: live.messages,
    get ended() {
      return live.ended;
    },
    /** The first message (after those already seen) that satisfies `match`. */
    async next(match: (state: any) => boolean, timeoutMs = 10_000) {
      return eventually(async () => live.messages.map((m) => m.data?.gateStateChanged).find((state) => state && match(state)), timeoutMs);
    },
  };
}

describe('live gate states through the gateway', () => {
  it('start with a snapshot of the venue (gates, occupancy, alerts, events with fields from the events subgraph)', async () => {
    const references = stubState.references;
    const live = subscribe(operator, setup.venueId);
    const snapshot = await live.next((s) => s.change === 'SNAPSHOT');
    expect(snapshot).toMatchObject({
      venue: { id: setup.venueId }, capacity: 50, occupancy: expect.any(Number), activeEmergency: null, openAlerts: [],
      events: [{ id: setup.eventId, title: '가을 음악 축제', status: 'PUBLISHED' }],
    });
    expect(snapshot.gates.map((g: { id: string }) => g.id).sort()).toEqual(setup.gates.map((g) => g.id).sort());
    expect(stubState.references).toBeGreaterThan(references);
  });

  it('see each change: a gate command, a check-in, a low battery, an emergency and its end', async () => {
    const live = subscribe(operator, setup.venueId);
    const snapshot = await live.next((s) => s.change === 'SNAPSHOT');
    const gateId = setup.gates[0]!.id;

    dataOf(await stack.graphql({ query: CONTROL_GATE, token: operator, variables: { gateId, command: 'OPEN' } }));
    const opened = await live.next((s) => s.change === 'GATE_STATE' && s.gates.find((g: any) => g.id === gateId).state === 'OPEN');
    expect(opened.changedGateId).toBe(gateId);
    dataOf(await stack.graphql({ query: CONTROL_GATE, token: operator, variables: { gateId, command: 'CLOSE' } }));
    await live.next((s) => s.change === 'GATE_STATE' && s.gates.find((g: any) => g.id === gateId).state === 'CLOSED');

    const person = await participantWithPass(stack, setup.eventId);
    dataOf(await stack.graphql({ query: CHECK_IN, token: person.token, variables: { input: atGate(setup, 0, person.pass) } }));
    await live.next((s) => s.change === 'OCCUPANCY' && s.occupancy === snapshot.occupancy + 1);

    stack.simulators.gateController.setFaults(gateId, { batteryPercent: 5 });
    const low = await live.next((s) => s.change === 'ALERT' && s.openAlerts.some((a: any) => a.kind === 'LOW_BATTERY'));
    expect(low.gates.find((g: any) => g.id === gateId).batteryLow).toBe(true);

    dataOf(await stack.graphql({ query: 'mutation($v: ID!) { raiseEmergency(venueId: $v, kind: MEDICAL, message: "Medic to gate 1") { id } }', token: operator, variables: { v: setup.venueId } }));
    const emergency = await live.next((s) => s.change === 'EMERGENCY' && s.activeEmergency !== null);
    expect(emergency.activeEmergency).toEqual({ kind: 'MEDICAL', message: 'Medic to gate 1' });
    expect(emergency.gates.every((g: any) => g.state === 'EMERGENCY_OPEN')).toBe(true);
    dataOf(await stack.graphql({ query: 'mutation($v: ID!) { clearEmergency(venueId: $v) { id } }', token: operator, variables: { v: setup.venueId } }));
    const after = await live.next((s) => s.change === 'EMERGENCY' && s.activeEmergency === null);
    expect(after.gates.find((g: any) => g.id === gateId).state).toBe('CLOSED');
    // Every message carries the events' fields from the other subgraph, not just the first.
    expect(live.messages.every((m) => m.data?.gateStateChanged.events[0]?.title === '가을 음악 축제')).toBe(true);
  });

  it('coalesce bursts of check-ins and still end on the exact occupancy', async () => {
    const live = subscribe(operator, setup.venueId);
    const snapshot = await live.next((s) => s.change === 'SNAPSHOT');
    const people = [];
    for (let i = 0; i < 8; i++) people.push(await participantWithPass(stack, setup.eventId));
    const before = live.messages.length;
    await Promise.all(people.map((p) => stack.graphql({ query: CHECK_IN, token: p.token, variables: { input: atGate(setup, 0, p.pass) } })));
    await live.next((s) => s.occupancy === snapshot.occupancy + 8);
    expect(live.messages.length - before).toBeLessThan(8);
  });

  it('are for operators and admins only, and a venue that does not exist is NOT_FOUND', async () => {
    const customer = subscribe(await stack.tokenFor('CUSTOMER'), setup.venueId);
    await eventually(async () => (customer.messages.length || customer.ended ? true : undefined));
    expect(JSON.stringify(customer.messages[0]!.errors)).toContain('FORBIDDEN');

    const nowhere = subscribe(operator, '00000000-0000-4000-8000-000000000000');
    await eventually(async () => (nowhere.messages.length || nowhere.ended ? true : undefined));
    expect(JSON.stringify(nowhere.messages[0]?.errors)).toContain('NOT_FOUND');
  });
});
