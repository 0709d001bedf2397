import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IN, CONTROL_GATE, atGate, countRows, dataOf, eventually, firstError, participantWithPass, setUpVenue } from './support/fixtures.ts';
import { startGatesStack, type GatesStack } from './support/stack.ts';

let stack: GatesStack;
let operator: string;

beforeAll(async () => {
  stack = await startGatesStack();
  operator = await stack.tokenFor('OPERATOR');
});
afterEach(() => stack.simulators.gateController.clearFaults());
afterAll(async () => stack?.stop());

const RAISE = 'mutation($v: ID!, $k: EmergencyKind!, $m: String!) { raiseEmergency(venueId: $v, kind: $k, message: $m) { id kind message raisedAt clearedAt venue { id } } }';
const CLEAR = 'mutation($v: ID!) { clearEmergency(venueId: $v) { id clearedAt } }';
const GATES = 'query($v: ID!) { venue(id: $v) { activeEmergency { id kind } gates { nodes { id state pendingCommand { id } } } openAlerts { kind message } } }';

async function venueWithLiveGates(count: number) {
  const setup = await setUpVenue(stack, { gates: Array.from({ length: count }, () => ({ direction: 'IN' as const })) });
  await eventually(async () => (setup.gates.every((g) => stack.simulators.gateController.gate(g.id)) ? true : undefined));
  return setup;
}

const statesOf = async (venueId: string) =>
  Object.fromEntries((dataOf(await stack.graphql({ query: GATES, variables: { v: venueId }, token: operator })).venue.gates.nodes as { id: string; state: string }[]).map((g) => [g.id, g.state]));

describe('emergencies', () => {
  it('open every gate of the venue at once, alert the operators and record the event; clearing restores the states', async () => {
    const setup = await venueWithLiveGates(3);
    const [open, locked, closed] = setup.gates.map((g) => g.id) as [string, string, string];
    dataOf(await stack.graphql({ query: CONTROL_GATE, token: operator, variables: { gateId: open, command: 'OPEN' } }));
    dataOf(await stack.graphql({ query: CONTROL_GATE, token: operator, variables: { gateId: locked, command: 'LOCK' } }));
    const raised = await stack.watchDomainEvents('EmergencyRaised');
    const cleared = await stack.watchDomainEvents('EmergencyCleared');
    const changes = await stack.watchDomainEvents('GateStateChanged');

    const emergency = dataOf(await stack.graphql({ query: RAISE, token: operator, variables: { v: setup.venueId, k: 'FIRE', m: '  3층 화재,  대피하세요  ' } })).raiseEmergency;
    expect(emergency).toMatchObject({ kind: 'FIRE', message: '3층 화재, 대피하세요', clearedAt: null, venue: { id: setup.venueId } });
    expect(await statesOf(setup.venueId)).toEqual({ [open]: 'EMERGENCY_OPEN', [locked]: 'EMERGENCY_OPEN', [closed]: 'EMERGENCY_OPEN' });
    // Every controller got the command and confirmed it.
    await eventually(async () => (setup.gates.every((g) => stack.simulators.gateController.gate(g.id)!.state === 'EMERGENCY_OPEN') ? true : undefined));
    await eventually(async () => ((await countRows(stack, 'gate_command', "command = 'EMERGENCY_OPEN' and status = 'ACKNOWLEDGED' and gate_id in (select id from gates.gate where venue_id = ?)", [setup.venueId])) === 3 ? true : undefined));
    const venue = dataOf(await stack.graphql({ query: GATES, variables: { v: setup.venueId }, token: operator })).venue;
    expect(venue.activeEmergency).toEqual({ id: emergency.id, kind: 'FIRE' });
    expect(venue.openAlerts).toContainEqual({ kind: 'EMERGENCY', message: expect.stringContaining('3층 화재') });
    expect((await eventually(async () => (await raised.events()).find((e) => e.data.emergencyId === emergency.id)))!.data).toMatchObject({ venueId: setup.venueId, kind: 'FIRE' });
    await eventually(async () => ((await changes.events()).filter((e) => e.data.venueId === setup.venueId && e.data.to === 'EMERGENCY_OPEN').length === 3 ? true : undefined));
    // The alert's delivery is a job written with it.
    expect(await countRows(stack, 'alert', "kind = 'EMERGENCY' and venue_id = ? and resolved_at is null", [setup.venueId])).toBe(1);

    // No command gets past an emergency; nobody enters, people may leave.
    expect(firstError(await stack.graphql({ query: CONTROL_GATE, token: operator, variables: { gateId: closed, command: 'CLOSE' } }))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'EMERGENCY_OPEN' } });
    const person = await participantWithPass(stack, setup.eventId);
    expect(firstError(await stack.graphql({ query: CHECK_IN, token: person.token, variables: { input: atGate(setup, 0, person.pass) } }))).toMatchObject({ code: 'GATE_LOCKED', extensions: { state: 'EMERGENCY_OPEN' } });

    const done = dataOf(await stack.graphql({ query: CLEAR, token: operator, variables: { v: setup.venueId } })).clearEmergency;
    expect(done).toMatchObject({ id: emergency.id, clearedAt: expect.any(String) });
    expect(await statesOf(setup.venueId)).toEqual({ [open]: 'OPEN', [locked]: 'LOCKED', [closed]: 'CLOSED' });
    await eventually(async () => (stack.simulators.gateController.gate(locked)!.state === 'LOCKED' && stack.simulators.gateController.gate(closed)!.state === 'CLOSED' ? true : undefined));
    expect((await eventually(async () => (await cleared.events()).find((e) => e.data.emergencyId === emergency.id)))!.data.venueId).toBe(setup.venueId);
    expect(await countRows(stack, 'alert', "kind = 'EMERGENCY' and venue_id = ? and resolved_at is null", [setup.venueId])).toBe(0);
  });

  it('are raised once when two operators raise one at the same moment', async () => {
    const setup = await venueWithLiveGates(1);
    const results = await Promise.all([0, 1, 2].map(() => stack.graphql({ query: RAISE, token: operator, variables: { v: setup.venueId, k: 'EVACUATION', m: 'Leave now' } })));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => r.body.errors).map((r) => firstError(r).code)).toEqual(['CONFLICT', 'CONFLICT']);
    expect(await countRows(stack, 'emergency', 'venue_id = ?', [setup.venueId])).toBe(1);
    dataOf(await stack.graphql({ query: CLEAR, token: operator, variables: { v: setup.venueId } }));
    expect(firstError(await stack.graphql({ query: CLEAR, token: operator, variables: { v: setup.venueId } }))).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('turn a gate whose controller does not confirm FAULT, and open an offline gate as soon as it reports again', async () => {
    const setup = await venueWithLiveGates(2);
    const [silent, away] = setup.gates.map((g) => g.id) as [string, string];
    stack.simulators.gateController.setFaults(away, { missHeartbeats: true });
    await eventually(async () => ((await statesOf(setup.venueId))[away] === 'OFFLINE' ? true : undefined), 10_000);
    stack.simulators.gateController.setFaults(silent, { noAck: true });
    dataOf(await stack.graphql({ query: RAISE, token: operator, variables: { v: setup.venueId, k: 'SECURITY', m: 'Suspicious package' } }));
    expect(await statesOf(setup.venueId)).toEqual({ [silent]: 'EMERGENCY_OPEN', [away]: 'OFFLINE' });
    await eventually(async () => ((await statesOf(setup.venueId))[silent] === 'FAULT' ? true : undefined), 10_000);

    stack.simulators.gateController.clearFaults(away);
    await eventually(async () => ((await statesOf(setup.venueId))[away] === 'EMERGENCY_OPEN' ? true : undefined), 10_000);
    await eventually(async () => (stack.simulators.gateController.gate(away)!.state === 'EMERGENCY_OPEN' ? true : undefined));
  });

  it('need a message, a real venue and an operator', async () => {
    const setup = await venueWithLiveGates(1);
    expect(firstError(await stack.graphql({ query: RAISE, token: operator, variables: { v: setup.venueId, k: 'FIRE', m: '   ' } }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'message' } });
    expect(firstError(await stack.graphql({ query: RAISE, token: operator, variables: { v: setup.venueId, k: 'FIRE', m: 'x'.repeat(501) } })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await stack.graphql({ query: RAISE, token: operator, variables: { v: '00000000-0000-4000-8000-000000000000', k: 'FIRE', m: 'x' } })).code).toBe('NOT_FOUND');
    expect(firstError(await stack.graphql({ query: RAISE, token: await stack.tokenFor('CUSTOMER'), variables: { v: setup.venueId, k: 'FIRE', m: 'x' } })).code).toBe('FORBIDDEN');
    expect(await countRows(stack, 'emergency', 'venue_id = ?', [setup.venueId])).toBe(0);
  });
});
