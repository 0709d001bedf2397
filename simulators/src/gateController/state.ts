import { randomUUID } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import type { SimulatorState } from '../simulator.ts';
import { SimulatedGate, type GateConfig, type GateFaults } from './simulatedGate.ts';

const PROTOCOL_VERSION = 1;
const DEFAULT_BATTERY_PERCENT = 100;
/** How long connect() waits for the broker before giving up. */
const CONNECT_TIMEOUT_MS = 10_000;

export interface GateControllerConnection {
  /** The MQTT broker, `mqtt://host:port`. */
  url: string;
  /** First level of every topic; the same as the gates subgraph's GATES_MQTT_TOPIC_ROOT. */
  topicRoot: string;
}

/**
 * The gate controllers of every venue, as one MQTT client speaking the gate-controller protocol
 * (docs/decisions/gate-controller-protocol.md). It learns its gates from their retained configuration
 * messages (`<root>/gates/<id>/config`), exactly as a controller provisioned with its gate id would, then for
 * each gate: acknowledges commands, reports its door, heartbeats and telemetry. Faults per gate (or `*`):
 * no ack, delayed ack, refusal, missed heartbeats, battery levels, tamper, cameras not streaming.
 */
export class GateControllerState implements SimulatorState {
  readonly #gates = new Map<string, SimulatedGate>();
  readonly #faults = new Map<string, GateFaults>();
  readonly #timers = new Map<string, NodeJS.Timeout[]>();
  #client: MqttClient | undefined;
  #root = '';

  /** Connects to the broker and starts simulating the gates whose configuration it finds. Idempotent. */
  async connect(connection: GateControllerConnection): Promise<void> {
    if (this.#client) return;
    this.#root = connection.topicRoot;
    const client = mqtt.connect(connection.url, { clientId: `gate-controller-sim-${randomUUID()}`, protocolVersion: 4, clean: true, reconnectPeriod: 500 });
    this.#client = client;
    client.on('message', (topic, payload) => this.#onMessage(topic, payload));
    client.on('error', () => {}); // reconnects by itself; the subgraph's side logs broker trouble
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`gate-controller simulator: no MQTT broker at ${connection.url}`)), CONNECT_TIMEOUT_MS);
      client.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    }).catch(async (error: unknown) => {
      this.#client = undefined;
      await client.endAsync(true);
      throw error;
    });
    await client.subscribeAsync([`${this.#root}/gates/+/config`, `${this.#root}/gates/+/command`], { qos: 1 });
  }

  get connected(): boolean {
    return this.#client?.connected ?? false;
  }

  gates(): { gateId: string; name: string; state: string; doorOpen: boolean; heartbeats: number }[] {
    return [...this.#gates.values()].map((gate) => ({ gateId: gate.config.gateId, name: gate.config.name, state: gate.state, doorOpen: gate.doorOpen, heartbeats: gate.heartbeats }));
  }

  gate(gateId: string): SimulatedGate | undefined {
    return this.#gates.get(gateId);
  }

  /** Sets a gate's faults (`*`: every gate without its own). Telemetry is reported at once, like a real change. */
  setFaults(gateId: string, faults: GateFaults): void {
    this.#faults.set(gateId, { ...faults });
    for (const gate of gateId === '*' ? this.#gates.values() : [this.#gates.get(gateId)].filter(Boolean)) this.#telemetry(gate as SimulatedGate);
  }

  faultsOf(gateId: string): GateFaults {
    return this.#faults.get(gateId) ?? this.#faults.get('*') ?? {};
  }

  clearFaults(gateId?: string): void {
    if (gateId) this.#faults.delete(gateId);
    else this.#faults.clear();
  }

  /** Clears faults and command logs; gates stay (they are configured by the broker's retained messages). */
  reset(): void {
    this.#faults.clear();
    for (const gate of this.#gates.values()) gate.commands.length = 0;
  }

  async close(): Promise<void> {
    for (const gateId of [...this.#gates.keys()]) this.#remove(gateId);
    const client = this.#client;
    this.#client = undefined;
    await client?.endAsync(true);
  }

  #publish(gateId: string, kind: 'ack' | 'heartbeat' | 'telemetry', body: object): void {
    this.#client?.publish(`${this.#root}/gates/${gateId}/${kind}`, JSON.stringify({ v: PROTOCOL_VERSION, ...body, at: new Date().toISOString() }), { qos: 1 });
  }

  #onMessage(topic: string, payload: Buffer): void {
    const prefix = `${this.#root}/gates/`;
    if (!topic.startsWith(prefix)) return;
    const [gateId, kind] = topic.slice(prefix.length).split('/');
    if (!gateId) return;
    if (kind === 'config') {
      if (payload.length === 0) this.#remove(gateId);
      else this.#configure(gateId, payload);
    } else if (kind === 'command') {
      this.#command(gateId, payload);
    }
  }

  #configure(gateId: string, payload: Buffer): void {
    let config: GateConfig;
    try {
      config = JSON.parse(payload.toString('utf8')) as GateConfig;
    } catch {
      return;
    }
    const existing = this.#gates.get(gateId);
    if (existing) {
      existing.config = config;
    } else {
      this.#gates.set(gateId, new SimulatedGate(config));
    }
    this.#schedule(this.#gates.get(gateId)!);
  }

  #schedule(gate: SimulatedGate): void {
    for (const timer of this.#timers.get(gate.config.gateId) ?? []) clearInterval(timer);
    const heartbeat = setInterval(() => this.#heartbeat(gate), Math.max(10, gate.config.heartbeatIntervalMs));
    const telemetry = setInterval(() => this.#telemetry(gate), Math.max(10, gate.config.telemetryIntervalMs));
    heartbeat.unref();
    telemetry.unref();
    this.#timers.set(gate.config.gateId, [heartbeat, telemetry]);
    this.#heartbeat(gate);
    this.#telemetry(gate);
  }

  #remove(gateId: string): void {
    for (const timer of this.#timers.get(gateId) ?? []) clearInterval(timer);
    this.#timers.delete(gateId);
    this.#gates.get(gateId)?.stop();
    this.#gates.delete(gateId);
  }

  #heartbeat(gate: SimulatedGate): void {
    if (this.faultsOf(gate.config.gateId).missHeartbeats) return;
    gate.heartbeats++;
    this.#publish(gate.config.gateId, 'heartbeat', { seq: gate.heartbeats, state: gate.state });
  }

  #telemetry(gate: SimulatedGate): void {
    const faults = this.faultsOf(gate.config.gateId);
    if (faults.missHeartbeats) return; // a dead controller reports nothing
    const beaconBattery = faults.beaconBatteryPercent ?? DEFAULT_BATTERY_PERCENT;
    this.#publish(gate.config.gateId, 'telemetry', {
      door: gate.doorOpen ? 'OPEN' : 'CLOSED',
      battery: faults.batteryPercent ?? DEFAULT_BATTERY_PERCENT,
      tamper: faults.tamper ?? false,
      beacons: gate.config.beacons.map((b) => ({ uuid: b.uuid, major: b.major, minor: b.minor, battery: beaconBattery })),
      cameras: (gate.config.cameras ?? []).map((camera) => ({ id: camera.id, online: !faults.camerasOffline })),
    });
  }

  #command(gateId: string, payload: Buffer): void {
    const gate = this.#gates.get(gateId);
    if (!gate) return; // no controller is configured for this gate
    let command: { commandId?: string; command?: string; expiresAt?: string; pulseMs?: number };
    try {
      command = JSON.parse(payload.toString('utf8'));
    } catch {
      return;
    }
    if (typeof command.commandId !== 'string' || typeof command.command !== 'string') return;
    const entry = { commandId: command.commandId, command: command.command, receivedAt: new Date().toISOString() };
    if (command.expiresAt && Date.parse(command.expiresAt) < Date.now()) {
      gate.log({ ...entry, outcome: 'IGNORED_EXPIRED' });
      return;
    }
    const faults = this.faultsOf(gateId);
    if (faults.noAck) {
      gate.log({ ...entry, outcome: 'IGNORED_NO_ACK' });
      return;
    }
    const respond = () => {
      if (faults.rejectCommands) {
        gate.log({ ...entry, outcome: 'REJECTED' });
        this.#publish(gateId, 'ack', { commandId: command.commandId, command: command.command, ok: false, state: gate.state, error: 'motor jammed' });
        return;
      }
      const state = gate.apply(command.command!, command.pulseMs, () => this.#telemetry(gate));
      gate.log({ ...entry, outcome: state ? 'ACKED' : 'REJECTED' });
      this.#publish(gateId, 'ack', state
        ? { commandId: command.commandId, command: command.command, ok: true, state }
        : { commandId: command.commandId, command: command.command, ok: false, state: gate.state, error: `cannot ${command.command} when ${gate.state}` });
    };
    if (faults.ackDelayMs) setTimeout(respond, faults.ackDelayMs).unref();
    else respond();
  }
}
