import { randomUUID } from 'node:crypto';
import mqtt from 'mqtt';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_GATE, GATE_STATE, countRows, dataOf, eventually, firstError, setUpVenue } from './support/fixtures.ts';
import { startGatesStack, type GatesStack } from './support/stack.ts';

let stack: GatesStack;
let operator: string;

beforeAll(async () => {
  stack = await startGatesStack();
  operator = await stack.tokenFor('OPERATOR');
});
afterEach(() => stack.simulators.gateController.clearFaults());
afterAll(async () => stack?.stop());

const control = (gateId: string, command: string, token = operator) => stack.graphql({ query: CONTROL_GATE, variables: { gateId, command }, token });
const gateState = async (gateId: string) => dataOf(await stack.graphql({ query: GATE_STATE, variables: { id: gateId }, token: operator })).gate;

/** A gate whose simulated controller has its configuration and is heartbeating. */
async function liveGate(direction: 'IN' | 'OUT' | 'BOTH' = 'IN') {
  const setup = await setUpVenue(stack, { gates: [{ direction }] });
  const gateId = setup.gates[0]!.id;
  await eventually(async () => stack.simulators.gateController.gate(gateId));
  await eventually(async () => ((await gateState(gateId)).lastHeartbeatAt ? true : undefined));
  return { ...setup, gateId };
}

describe('gate control over MQTT', () => {
  it('sends a command with an id on the gate\'s topic; the controller\'s acknowledgement settles it and the state holds', async () => {
    const { gateId, venueId } = await liveGate();
    const changes = await stack.watchDomainEvents('GateStateChanged');
    const opened = dataOf(await control(gateId, 'OPEN')).controlGate;
    expect(opened).toMatchObject({ command: { command: 'OPEN', status: 'ACKNOWLEDGED', targetState: 'OPEN' }, gate: { state: 'OPEN', pendingCommand: null } });
    const received = stack.simulators.gateController.gate(gateId)!.commands.find((c) => c.commandId === opened.command.id);
    expect(received).toMatchObject({ command: 'OPEN', outcome: 'ACKED' });
    expect(stack.simulators.gateController.gate(gateId)!.state).toBe('OPEN');
    const event = await eventually(async () => (await changes.events()).find((e) => e.data.gateId === gateId));
    expect(event.data).toMatchObject({ venueId, from: 'CLOSED', to: 'OPEN', reason: 'COMMAND:OPEN' });

    expect(dataOf(await control(gateId, 'CLOSE')).controlGate.gate.state).toBe('CLOSED');
    expect(dataOf(await control(gateId, 'LOCK')).controlGate.gate.state).toBe('LOCKED');
    expect(dataOf(await control(gateId, 'UNLOCK')).controlGate.gate.state).toBe('CLOSED');
  });

  it('rejects illegal transitions with INVALID_STATE and sends nothing', async () => {
    const { gateId } = await liveGate();
    const before = stack.simulators.gateController.gate(gateId)!.commands.length;
    expect(firstError(await control(gateId, 'CLOSE'))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'CLOSED' } });
    expect(firstError(await control(gateId, 'UNLOCK'))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'CLOSED' } });
    dataOf(await control(gateId, 'LOCK'));
    expect(firstError(await control(gateId, 'OPEN'))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'LOCKED' } });
    expect(await countRows(stack, 'gate_command', 'gate_id = ?', [gateId])).toBe(1);
    expect(stack.simulators.gateController.gate(gateId)!.commands.length).toBe(before + 1);
  });

  it('turns the gate FAULT when the controller does not acknowledge within the timeout', async () => {
    const { gateId } = await liveGate();
    const alerts = await countRows(stack, 'alert', "kind = 'GATE_FAULT' and gate_id = ?", [gateId]);
    stack.simulators.gateController.setFaults(gateId, { noAck: true });
    const started = Date.now();
    const result = dataOf(await control(gateId, 'OPEN')).controlGate;
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(result).toMatchObject({ command: { status: 'TIMED_OUT' }, gate: { state: 'FAULT', pendingCommand: null } });
    expect(await countRows(stack, 'alert', "kind = 'GATE_FAULT' and gate_id = ? and resolved_at is null", [gateId])).toBe(alerts + 1);
    // A FAULT gate accepts a recovery attempt; once the controller answers again it is back.
    stack.simulators.gateController.clearFaults(gateId);
    expect(dataOf(await control(gateId, 'CLOSE')).controlGate.gate.state).toBe('CLOSED');
  });

  it('turns the gate FAULT when the controller refuses the command (jammed)', async () => {
    const { gateId } = await liveGate();
    stack.simulators.gateController.setFaults(gateId, { rejectCommands: true });
    const result = dataOf(await control(gateId, 'OPEN')).controlGate;
    expect(result).toMatchObject({ command: { status: 'REJECTED', detail: 'motor jammed' }, gate: { state: 'FAULT' } });
  });

  it('accepts an acknowledgement that comes late but within the timeout', async () => {
    const { gateId } = await liveGate();
    stack.simulators.gateController.setFaults(gateId, { ackDelayMs: 600 });
    const result = dataOf(await control(gateId, 'LOCK')).controlGate;
    expect(result).toMatchObject({ command: { status: 'ACKNOWLEDGED' }, gate: { state: 'LOCKED' } });
  });

  it('lets one of two concurrent commands to one gate through; the other is told (CONFLICT or INVALID_STATE)', async () => {
    const { gateId } = await liveGate();
    stack.simulators.gateController.setFaults(gateId, { ackDelayMs: 300 });
    const results = await Promise.all([control(gateId, 'OPEN'), control(gateId, 'OPEN'), control(gateId, 'LOCK')]);
    const winners = results.filter((r) => !r.body.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.body.errors).map((r) => firstError(r).code).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^(CONFLICT|INVALID_STATE)$/)]));
    expect(await countRows(stack, 'gate_command', 'gate_id = ?', [gateId])).toBe(1);
  });

  it('ignores acknowledgements for another gate, unknown commands and malformed messages', async () => {
    const { gateId } = await liveGate();
    stack.simulators.gateController.setFaults(gateId, { noAck: true });
    const pending = control(gateId, 'OPEN');
    const commandId = await eventually(async () => stack.simulators.gateController.gate(gateId)!.commands.at(-1)?.commandId);
    const client = await mqtt.connectAsync(stack.mqttUrl, { protocolVersion: 4, reconnectPeriod: 0 });
    const other = randomUUID();
    await client.publishAsync(`${stack.topicRoot}/gates/${other}/ack`, JSON.stringify({ v: 1, commandId, command: 'OPEN', ok: true }), { qos: 1 });
    await client.publishAsync(`${stack.topicRoot}/gates/${gateId}/ack`, 'not json', { qos: 1 });
    await client.publishAsync(`${stack.topicRoot}/gates/${gateId}/ack`, JSON.stringify({ v: 1, commandId: 'x', ok: true }), { qos: 1 });
    await client.endAsync();
    expect(dataOf(await pending).controlGate.command.status).toBe('TIMED_OUT');
  });

  it('is for operators and admins only, and unknown gates are NOT_FOUND', async () => {
    const { gateId } = await liveGate();
    expect(firstError(await control(gateId, 'OPEN', await stack.tokenFor('CUSTOMER'))).code).toBe('FORBIDDEN');
    expect(firstError(await control(randomUUID(), 'OPEN')).code).toBe('NOT_FOUND');
    expect(dataOf(await control(gateId, 'OPEN', await stack.tokenFor('ADMIN'))).controlGate.gate.state).toBe('OPEN');
  });
});

describe('telemetry', () => {
  it('marks a gate OFFLINE when its heartbeats stop, with an alert, and restores it when they return', async () => {
    const { gateId } = await liveGate();
    const changes = await stack.watchDomainEvents('GateStateChanged');
    stack.simulators.gateController.setFaults(gateId, { missHeartbeats: true });
    await eventually(async () => ((await gateState(gateId)).state === 'OFFLINE' ? true : undefined), 10_000);
    expect(await countRows(stack, 'alert', "kind = 'GATE_OFFLINE' and gate_id = ? and resolved_at is null", [gateId])).toBe(1);
    expect((await changes.events()).find((e) => e.data.gateId === gateId && e.data.to === 'OFFLINE')?.data).toMatchObject({ from: 'CLOSED', reason: 'HEARTBEAT_LOST' });
    expect(firstError(await control(gateId, 'OPEN'))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'OFFLINE' } });

    stack.simulators.gateController.clearFaults(gateId);
    await eventually(async () => ((await gateState(gateId)).state === 'CLOSED' ? true : undefined), 10_000);
    expect(await countRows(stack, 'alert', "kind = 'GATE_OFFLINE' and gate_id = ? and resolved_at is null", [gateId])).toBe(0);
  });

  it('records door, battery and tamper readings; a low battery or tamper raises one alert, recovery resolves it', async () => {
    const { gateId } = await liveGate();
    const sim = stack.simulators.gateController;
    sim.setFaults(gateId, { batteryPercent: 15, tamper: true, beaconBatteryPercent: 10 });
    await eventually(async () => ((await gateState(gateId)).batteryLow ? true : undefined));
    expect(await gateState(gateId)).toMatchObject({ batteryPercent: 15, batteryLow: true, tamper: true, doorOpen: false });
    await eventually(async () => ((await countRows(stack, 'alert', "kind = 'LOW_BATTERY' and resolved_at is null and venue_id = (select venue_id from gates.gate where id = ?)", [gateId])) === 2 ? true : undefined));
    // Repeated low readings raise nothing new.
    sim.setFaults(gateId, { batteryPercent: 14, tamper: true, beaconBatteryPercent: 9 });
    await eventually(async () => ((await gateState(gateId)).batteryPercent === 14 ? true : undefined));
    expect(await countRows(stack, 'alert', "kind in ('LOW_BATTERY', 'TAMPER') and gate_id = ?", [gateId])).toBe(3);
    const [beacon] = await stack.sql<{ battery_percent: number; battery_low: boolean; last_seen_at: Date }>(`select battery_percent, battery_low, last_seen_at from gates.beacon where gate_id = ?`, [gateId]);
    expect(beacon).toMatchObject({ battery_percent: 9, battery_low: true });
    // Alerts are delivered by a durable job written with them.
    expect(Number((await stack.sql<{ n: string }>(`select count(*) as n from pgboss.job where name = 'gates.send-alert'`))[0]!.n)).toBeGreaterThanOrEqual(3);

    sim.setFaults(gateId, { batteryPercent: 90, beaconBatteryPercent: 90 });
    await eventually(async () => ((await countRows(stack, 'alert', "kind in ('LOW_BATTERY', 'TAMPER') and gate_id = ? and resolved_at is null", [gateId])) === 0 ? true : undefined));
    expect(await gateState(gateId)).toMatchObject({ batteryLow: false, tamper: false });
  });

  it('shows a camera as its controller reports it: ONLINE once seen streaming, OFFLINE with one alert when it stops, ONLINE again with the alert resolved', async () => {
    const { gateId } = await liveGate();
    const sim = stack.simulators.gateController;
    const registered = await stack.graphql({
      query: 'mutation($i: RegisterCameraInput!) { registerCamera(input: $i) { id status } }',
      token: operator,
      variables: { i: { gateId, name: 'Lane cam', streamUrl: 'rtsp://10.1.1.5:554/stream1' } },
    });
    const camera = dataOf(registered).registerCamera;
    expect(camera.status).toBe('UNKNOWN');
    const statusOf = async () => {
      const gate = dataOf(await stack.graphql({ query: 'query($id: ID!) { gate(id: $id) { cameras { id status } } }', token: operator, variables: { id: gateId } })).gate;
      return gate.cameras.find((c: { id: string }) => c.id === camera.id).status as string;
    };
    const openAlerts = () => countRows(stack, 'alert', "kind = 'CAMERA_OFFLINE' and subject = ? and resolved_at is null", [`camera:${camera.id}`]);
    // The controller learns of the camera from its configuration, republished on registration.
    await eventually(async () => sim.gate(gateId)?.config.cameras?.some((c) => c.id === camera.id && c.streamUrl === 'rtsp://10.1.1.5:554/stream1'));
    await eventually(async () => ((await statusOf()) === 'ONLINE' ? true : undefined));

    sim.setFaults(gateId, { camerasOffline: true });
    await eventually(async () => ((await statusOf()) === 'OFFLINE' ? true : undefined));
    expect(await openAlerts()).toBe(1);
    // Repeated reports of the same status raise nothing new.
    sim.setFaults(gateId, { camerasOffline: true, batteryPercent: 80 });
    await eventually(async () => ((await gateState(gateId)).batteryPercent === 80 ? true : undefined));
    expect(await countRows(stack, 'alert', "kind = 'CAMERA_OFFLINE' and subject = ?", [`camera:${camera.id}`])).toBe(1);

    sim.setFaults(gateId, {}); // streaming again, reported at once
    await eventually(async () => ((await statusOf()) === 'ONLINE' ? true : undefined));
    expect(await openAlerts()).toBe(0);
  });

  it('ignores camera reports from another gate\'s controller and malformed ones', async () => {
    const { gateId } = await liveGate();
    const other = (await liveGate()).gateId;
    const camera = dataOf(await stack.graphql({
      query: 'mutation($i: RegisterCameraInput!) { registerCamera(input: $i) { id } }',
      token: operator,
      variables: { i: { gateId, name: 'Lane cam', streamUrl: 'https://cctv.example.com/lane.m3u8' } },
    })).registerCamera;
    const [before] = await stack.sql<{ status: string }>(`select status from gates.camera where id = ?`, [camera.id]);
    await eventually(async () => ((await stack.sql<{ status: string }>(`select status from gates.camera where id = ?`, [camera.id]))[0]!.status === 'ONLINE' ? true : undefined));
    expect(['UNKNOWN', 'ONLINE']).toContain(before!.status);
    const client = await mqtt.connectAsync(stack.mqttUrl, { protocolVersion: 4, reconnectPeriod: 0 });
    try {
      // The other gate's controller claims this camera is down; a malformed report names no camera.
      await client.publishAsync(`${stack.topicRoot}/gates/${other}/telemetry`, JSON.stringify({ v: 1, battery: 66, cameras: [{ id: camera.id, online: false }] }), { qos: 1 });
      await client.publishAsync(`${stack.topicRoot}/gates/${gateId}/telemetry`, JSON.stringify({ v: 1, cameras: [{ id: 'not-a-uuid', online: false }] }), { qos: 1 });
      // A valid report of this gate after it is applied: the malformed one, dropped on arrival, was handled.
      await client.publishAsync(`${stack.topicRoot}/gates/${gateId}/telemetry`, JSON.stringify({ v: 1, battery: 77 }), { qos: 1 });
    } finally {
      await client.endAsync();
    }
    await eventually(async () => ((await gateState(gateId)).batteryPercent === 77 ? true : undefined));
    // The other gate's report was applied to the other gate only (its battery), not to this gate's camera.
    await eventually(async () => ((await gateState(other)).batteryPercent === 66 ? true : undefined));
    expect((await stack.sql<{ status: string }>(`select status from gates.camera where id = ?`, [camera.id]))[0]!.status).toBe('ONLINE');
    expect(await countRows(stack, 'alert', "kind = 'CAMERA_OFFLINE' and subject = ?", [`camera:${camera.id}`])).toBe(0);
  });
});
