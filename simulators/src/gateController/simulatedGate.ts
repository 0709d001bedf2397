/**
 * One simulated gate controller: the lock/turnstile state, the door sensor, the battery and tamper switch,
 * and the beacons it hears (from its configuration). Pure state plus the decisions a controller makes on a
 * command; the MQTT wiring is in controllerClient.ts.
 */
export type ControllerState = 'CLOSED' | 'OPEN' | 'LOCKED' | 'EMERGENCY_OPEN';

export interface GateConfig {
  gateId: string;
  venueId: string;
  name: string;
  direction: string;
  heartbeatIntervalMs: number;
  telemetryIntervalMs: number;
  beacons: { uuid: string; major: number; minor: number; txPower: number }[];
  /** The cameras wired to this controller, which it watches (older servers send none). */
  cameras?: { id: string; streamUrl: string }[];
}

/** Fault injection per gate (or `*` for every gate). Replaced as a whole on set. */
export interface GateFaults {
  /** Never acknowledge commands (the controller is hung, or its acks are lost). */
  noAck?: boolean;
  /** Acknowledge after this delay. */
  ackDelayMs?: number;
  /** Refuse every command (jammed motor): acks with ok false. */
  rejectCommands?: boolean;
  /** Stop sending heartbeats (the controller lost power or network). */
  missHeartbeats?: boolean;
  /** Report this controller battery level. */
  batteryPercent?: number;
  /** Report this level for every beacon of the gate. */
  beaconBatteryPercent?: number;
  /** Report the tamper switch as triggered. */
  tamper?: boolean;
  /** Report every camera of the gate as not streaming (unplugged, or its encoder hung). */
  camerasOffline?: boolean;
}

export const FAULT_KEYS = ['noAck', 'ackDelayMs', 'rejectCommands', 'missHeartbeats', 'batteryPercent', 'beaconBatteryPercent', 'tamper', 'camerasOffline'] as const;

export function validateGateFaults(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'faults must be a JSON object';
  for (const [key, field] of Object.entries(value)) {
    if (!(FAULT_KEYS as readonly string[]).includes(key)) return `unknown fault "${key}"`;
    if (key === 'noAck' || key === 'rejectCommands' || key === 'missHeartbeats' || key === 'tamper' || key === 'camerasOffline') {
      if (typeof field !== 'boolean') return `${key} must be a boolean`;
    } else if (typeof field !== 'number' || !Number.isFinite(field) || field < 0 || (key !== 'ackDelayMs' && field > 100)) {
      return `${key} must be a number${key === 'ackDelayMs' ? ' ≥ 0' : ' between 0 and 100'}`;
    }
  }
  return undefined;
}

export interface ReceivedCommand {
  commandId: string;
  command: string;
  receivedAt: string;
  /** What the simulator did: acked, rejected, ignored (expired, or noAck). */
  outcome: 'ACKED' | 'REJECTED' | 'IGNORED_EXPIRED' | 'IGNORED_NO_ACK';
}

/** Commands kept per gate for inspection. */
const COMMAND_LOG_CAPACITY = 500;

export class SimulatedGate {
  config: GateConfig;
  state: ControllerState = 'CLOSED';
  doorOpen = false;
  heartbeats = 0;
  readonly commands: ReceivedCommand[] = [];
  #doorTimer: NodeJS.Timeout | undefined;

  constructor(config: GateConfig) {
    this.config = config;
  }

  /** The state a command leads to; null when the controller cannot carry it out from here. */
  apply(command: string, pulseMs: number | undefined, onDoorChange: () => void): ControllerState | null {
    switch (command) {
      case 'OPEN':
        this.state = 'OPEN';
        this.setDoor(true, onDoorChange);
        return this.state;
      case 'CLOSE':
      case 'UNLOCK':
        this.state = 'CLOSED';
        this.setDoor(false, onDoorChange);
        return this.state;
      case 'LOCK':
        this.state = 'LOCKED';
        this.setDoor(false, onDoorChange);
        return this.state;
      case 'EMERGENCY_OPEN':
        this.state = 'EMERGENCY_OPEN';
        this.setDoor(true, onDoorChange);
        return this.state;
      case 'PULSE':
        if (this.state === 'LOCKED') return null;
        this.setDoor(true, onDoorChange);
        clearTimeout(this.#doorTimer);
        this.#doorTimer = setTimeout(() => {
          if (this.state === 'CLOSED') this.setDoor(false, onDoorChange);
        }, pulseMs ?? 3_000);
        this.#doorTimer.unref();
        return this.state;
      default:
        return null;
    }
  }

  log(entry: ReceivedCommand): void {
    this.commands.push(entry);
    if (this.commands.length > COMMAND_LOG_CAPACITY) this.commands.shift();
  }

  stop(): void {
    clearTimeout(this.#doorTimer);
  }

  private setDoor(open: boolean, onDoorChange: () => void): void {
    if (this.doorOpen === open) return;
    this.doorOpen = open;
    onDoorChange();
  }
}
