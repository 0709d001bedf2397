import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedMqttBroker, type EmbeddedMqttBroker } from '@attendgate/platform';
import { CONTROL_GATE, GATE_STATE, dataOf, eventually, setUpVenue } from './support/fixtures.ts';
import { startGatesStack, type GatesStack } from './support/stack.ts';

/** This file restarts its broker, so it has one of its own (never the shared one). */
let broker: EmbeddedMqttBroker;
let port: number;
let stack: GatesStack;
let operator: string;

beforeAll(async () => {
  port = await freePort();
  broker = await startEmbeddedMqttBroker({ port });
  stack = await startGatesStack({}, { mqttUrl: broker.url });
  operator = await stack.tokenFor('OPERATOR');
});
afterAll(async () => {
  await stack?.stop();
  await broker?.stop();
});

const gateState = async (gateId: string) => dataOf(await stack.graphql({ query: GATE_STATE, variables: { id: gateId }, token: operator })).gate;

describe('recovery from a broker outage', () => {
  it('fails commands while the broker is down (FAULT, not a hang), then reconnects, republishes configurations and takes commands again', async () => {
    const setup = await setUpVenue(stack, { gates: [{ direction: 'IN' }] });
    const gateId = setup.gates[0]!.id;
    await eventually(async () => ((await gateState(gateId)).lastHeartbeatAt ? true : undefined));

    await broker.stop();
    const started = Date.now();
    const failed = dataOf(await stack.graphql({ query: CONTROL_GATE, token: operator, variables: { gateId, command: 'OPEN' } })).controlGate;
    expect(failed).toMatchObject({ command: { status: 'FAILED', detail: expect.stringContaining('broker') }, gate: { state: 'FAULT' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    const readiness = await fetch(stack.subgraph.url.replace('/graphql', '/readyz'));
    expect(readiness.status).toBe(503);

    // A new broker on the same port, empty: no retained configurations survive it.
    broker = await startEmbeddedMqttBroker({ port });
    const before = stack.simulators.gateController.gate(gateId)!.heartbeats;
    await eventually(async () => (stack.simulators.gateController.gate(gateId)!.heartbeats > before + 1 ? true : undefined), 20_000);
    await eventually(async () => ((await fetch(stack.subgraph.url.replace('/graphql', '/readyz'))).status === 200 ? true : undefined), 20_000);
    // The new broker holds the gate's configuration again: the subgraph republished it after reconnecting.
    const reader = await mqtt.connectAsync(broker.url, { protocolVersion: 4, reconnectPeriod: 0 });
    const retained = new Promise<string>((resolve) => reader.on('message', (_topic, payload, packet) => packet.retain && resolve(payload.toString())));
    await reader.subscribeAsync(`${stack.topicRoot}/gates/${gateId}/config`, { qos: 1 });
    expect(JSON.parse(await retained)).toMatchObject({ gateId, venueId: setup.venueId });
    await reader.endAsync();
    const recovered = dataOf(await stack.graphql({ query: CONTROL_GATE, token: operator, variables: { gateId, command: 'CLOSE' } })).controlGate;
    expect(recovered).toMatchObject({ command: { status: 'ACKNOWLEDGED' }, gate: { state: 'CLOSED' } });
  });

  it('gives a controller that restarts its configuration again (retained, republished after the reconnect)', async () => {
    const setup = await setUpVenue(stack, { gates: [{ direction: 'OUT' }] });
    const gateId = setup.gates[0]!.id;
    await eventually(async () => stack.simulators.gateController.gate(gateId));
    await stack.simulators.gateController.close();
    expect(stack.simulators.gateController.gate(gateId)).toBeUndefined();
    await stack.simulators.gateController.connect({ url: broker.url, topicRoot: stack.topicRoot });
    const config = await eventually(async () => stack.simulators.gateController.gate(gateId)?.config);
    expect(config).toMatchObject({ gateId, direction: 'OUT', beacons: [expect.objectContaining({ txPower: -59 })] });
  });
});
