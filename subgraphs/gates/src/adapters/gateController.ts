import { randomUUID } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import { UpstreamError, type Logger, type ResiliencePolicy } from '@attendgate/platform';
import {
  ackMessage, heartbeatMessage, parseTopic, telemetryMessage, topicOf,
  type AckMessage, type CommandMessage, type GateConfigMessage, type HeartbeatMessage, type TelemetryMessage,
} from './gateProtocol.ts';

/** The external system's name in logs, breaker states and errors. */
export const GATE_CONTROLLERS = 'gate-controllers';

export interface InboundHandlers {
  ack(gateId: string, message: AckMessage): Promise<void>;
  heartbeat(gateId: string, message: HeartbeatMessage): Promise<void>;
  telemetry(gateId: string, message: TelemetryMessage): Promise<void>;
  /** Called after every (re)connection, once subscriptions are in place (to resend configurations). */
  connected(): Promise<void>;
}

export interface GateControllerLink {
  /** Publishes a command, QoS 1, through the full policy (retries) or one attempt (`once`, the check-in pulse). */
  send(gateId: string, command: CommandMessage, options?: { once?: boolean }): Promise<void>;
  /** Publishes a gate's configuration as a retained message (an empty one removes it). */
  configure(gateId: string, config: GateConfigMessage | null): Promise<void>;
  readonly connected: boolean;
  readonly breakerState: string;
  close(): Promise<void>;
}

export interface GateControllerOptions {
  url: string;
  username?: string | undefined;
  password?: string | undefined;
  topicRoot: string;
  policy: ResiliencePolicy;
  logger: Logger;
  handlers: InboundHandlers;
}

const RECONNECT_PERIOD_MS = 1_000;
const KEEPALIVE_SECONDS = 30;

/**
 * The MQTT client through which the gates subgraph talks to its gate controllers (mqtt.js, MQTT 3.1.1 so any
 * broker serves: Mosquitto, the embedded aedes). It subscribes to every gate's ack, heartbeat and telemetry
 * topics and hands validated messages to the services; it publishes commands and retained configurations.
 *
 * Publishing goes through the resilience policy: a publish counts as done when the broker acknowledged it
 * (PUBACK); the per-attempt timeout bounds that; while disconnected a publish fails at once (transient)
 * instead of waiting in mqtt.js's offline queue, so nothing is delivered minutes late after an outage.
 * Every replica subscribes to everything (acks must reach the replica waiting for them); the handlers'
 * writes are conditional, so the same message handled on several replicas has one effect.
 */
export function connectGateControllers(options: GateControllerOptions): GateControllerLink {
  const { topicRoot, policy, logger, handlers } = options;
  const log = logger.child({ component: GATE_CONTROLLERS });
  const client: MqttClient = mqtt.connect(options.url, {
    clientId: `attendgate-gates-${randomUUID()}`,
    protocolVersion: 4,
    clean: true,
    keepalive: KEEPALIVE_SECONDS,
    reconnectPeriod: RECONNECT_PERIOD_MS,
    connectTimeout: 10_000,
    ...(options.username ? { username: options.username, password: options.password ?? '' } : {}),
  });
  const inbound = [topicOf(topicRoot, '+', 'ack'), topicOf(topicRoot, '+', 'heartbeat'), topicOf(topicRoot, '+', 'telemetry')];

  client.on('connect', () => {
    client
      .subscribeAsync(inbound, { qos: 1 })
      .then(() => {
        log.info({ topics: inbound }, 'subscribed to gate controllers');
        return handlers.connected();
      })
      .catch((error: unknown) => log.error({ err: error }, 'subscribing to gate controllers failed'));
  });
  client.on('error', (error) => log.warn({ err: error }, 'MQTT client error'));
  client.on('offline', () => log.warn('MQTT broker unreachable; reconnecting'));
  client.on('message', (topic, payload) => {
    const route = parseTopic(topicRoot, topic);
    if (!route) return;
    let json: unknown;
    try {
      json = JSON.parse(payload.toString('utf8'));
    } catch {
      log.warn({ topic }, 'dropped a gate message that is not JSON');
      return;
    }
    dispatch(route.gateId, route.kind, json).catch((error: unknown) => log.error({ err: error, topic }, 'handling a gate message failed'));
  });

  async function dispatch(gateId: string, kind: 'ack' | 'heartbeat' | 'telemetry', json: unknown) {
    const schema = kind === 'ack' ? ackMessage : kind === 'heartbeat' ? heartbeatMessage : telemetryMessage;
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      log.warn({ gateId, kind, issues: parsed.error.issues.slice(0, 3) }, 'dropped a malformed gate message');
      return;
    }
    if (kind === 'ack') await handlers.ack(gateId, parsed.data as AckMessage);
    else if (kind === 'heartbeat') await handlers.heartbeat(gateId, parsed.data as HeartbeatMessage);
    else await handlers.telemetry(gateId, parsed.data as TelemetryMessage);
  }

  async function publish(topic: string, payload: string, retain: boolean, signal: AbortSignal) {
    if (!client.connected) throw new UpstreamError(GATE_CONTROLLERS, 'the MQTT broker is not connected', { transient: true });
    const sent = client.publishAsync(topic, payload, { qos: 1, retain });
    let onAbort = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(new UpstreamError(GATE_CONTROLLERS, 'the MQTT broker did not acknowledge in time', { transient: true }));
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      await Promise.race([sent, aborted]);
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      throw new UpstreamError(GATE_CONTROLLERS, 'publishing to the MQTT broker failed', { transient: true, cause: error });
    } finally {
      // The timeout policy aborts its signal when the attempt is over, successful or not: without this, every
      // publish (hundreds a second of check-in pulses) would build an error with its stack for nobody.
      signal.removeEventListener('abort', onAbort);
    }
  }

  return {
    send(gateId, command, sendOptions = {}) {
      const topic = topicOf(topicRoot, gateId, 'command');
      const payload = JSON.stringify(command);
      const attempt = (signal: AbortSignal) => publish(topic, payload, false, signal);
      return sendOptions.once ? policy.executeOnce(attempt) : policy.execute(attempt);
    },
    configure(gateId, config) {
      const topic = topicOf(topicRoot, gateId, 'config');
      return policy.execute((signal) => publish(topic, config ? JSON.stringify(config) : '', true, signal));
    },
    get connected() {
      return client.connected;
    },
    get breakerState() {
      return policy.state;
    },
    async close() {
      await client.endAsync();
    },
  };
}
