import { ConfigError, createResiliencePolicy, type SubgraphRuntime } from '@attendgate/platform';
import { connectGateControllers, GATE_CONTROLLERS } from '../adapters/gateController.ts';
import { createMessaging, MESSAGING, type Messaging } from '../adapters/messaging.ts';
import type { GatesConfig } from '../config.ts';
import { createCheckIn } from './checkIn.ts';
import { createCredentials } from './credentials.ts';
import type { GatesDeps } from './deps.ts';
import { seedDemoGates } from './demoData.ts';
import { createEmergencies } from './emergencies.ts';
import { createGateCommands } from './gateCommands.ts';
import { createGateConfigs } from './gateConfigs.ts';
import { createLiveState } from './liveState.ts';
import { createLiveUpdates } from './liveUpdates.ts';
import { startMonitor } from './monitor.ts';
import { koreanMobile } from './phoneNumbers.ts';
import { queries } from './queries.ts';
import { createTelemetry } from './telemetry.ts';
import { createVenues } from './venues.ts';

/**
 * The gates subgraph's use cases, wired once per process: the MQTT link to the gate controllers (its
 * inbound messages feed commands and telemetry), the messaging provider for alerts, and the monitor loop.
 * Everything opened here is closed by `close()`, which the subgraph registers for shutdown.
 */
export async function createGatesServices(runtime: SubgraphRuntime<GatesConfig>) {
  const { config, logger } = runtime;
  const mqttUrl = config.GATES_MQTT_URL ?? config.MQTT_URL;
  if (!mqttUrl) throw new ConfigError(['GATES_MQTT_URL: required (or MQTT_URL): the MQTT broker of the gate controllers; npm start sets it for you']);

  const live = createLiveUpdates(runtime.bus, config.GATES_LIVE_OCCUPANCY_INTERVAL_MS, logger);
  const deps = {
    orm: runtime.orm, config, events: runtime.events, queue: runtime.queue, kv: runtime.kv, bus: runtime.bus,
    cipher: runtime.cipher, blindIndex: runtime.blindIndex, logger, live,
  } as GatesDeps;
  const commands = createGateCommands(deps);
  const telemetry = createTelemetry(deps, commands);
  const configs = createGateConfigs(deps);
  const credentials = createCredentials(deps, koreanMobile);

  deps.link = connectGateControllers({
    url: mqttUrl,
    username: config.GATES_MQTT_USERNAME,
    password: config.GATES_MQTT_PASSWORD,
    topicRoot: config.GATES_MQTT_TOPIC_ROOT,
    logger,
    policy: createResiliencePolicy(
      {
        name: GATE_CONTROLLERS,
        timeoutMs: config.GATES_MQTT_PUBLISH_TIMEOUT_MS,
        retries: config.GATES_MQTT_PUBLISH_RETRIES,
        retryDelayMs: config.GATES_MQTT_RETRY_DELAY_MS,
        breakerThreshold: config.GATES_MQTT_BREAKER_THRESHOLD,
        breakerWindow: config.GATES_MQTT_BREAKER_WINDOW,
        breakerMinimumCalls: Math.min(config.GATES_MQTT_BREAKER_MINIMUM_CALLS, config.GATES_MQTT_BREAKER_WINDOW),
        breakerHalfOpenAfterMs: config.GATES_MQTT_BREAKER_HALF_OPEN_AFTER_MS,
      },
      logger,
    ),
    handlers: {
      ack: (gateId, message) => commands.handleAck(gateId, message),
      heartbeat: (gateId, message) => telemetry.heartbeat(gateId, message),
      telemetry: (gateId, message) => telemetry.telemetry(gateId, message),
      connected: async () => {
        const published = await configs.republishAll();
        logger.info({ gates: published }, 'gate configurations published');
      },
    },
  });
  runtime.readiness.mqtt = async () => {
    if (!deps.link.connected) throw new Error('the MQTT broker is not connected');
  };

  const messaging: Messaging = createMessaging({
    baseUrl: config.MESSAGING_URL,
    apiKey: config.GATES_MESSAGING_API_KEY,
    sender: config.GATES_ALERT_SMS_SENDER,
    policy: createResiliencePolicy(
      {
        name: MESSAGING,
        timeoutMs: config.GATES_MESSAGING_TIMEOUT_MS,
        retries: config.GATES_MESSAGING_RETRIES,
        retryDelayMs: config.GATES_MESSAGING_RETRY_DELAY_MS,
        maxRetryDelayMs: config.GATES_MESSAGING_MAX_RETRY_DELAY_MS,
        breakerThreshold: 0.5,
        breakerWindow: 10,
        breakerMinimumCalls: 5,
        breakerHalfOpenAfterMs: 30_000,
      },
      logger,
    ),
  });

  const venues = createVenues(deps, configs, koreanMobile);
  const monitor = startMonitor({ telemetry, commands, intervalMs: config.GATES_MONITOR_INTERVAL_MS, logger });

  return {
    deps,
    messaging,
    venues,
    commands,
    telemetry,
    configs,
    credentials,
    checkIn: createCheckIn(deps, credentials, commands),
    emergencies: createEmergencies(deps, commands),
    liveState: createLiveState(deps),
    queries,
    seedDemo: () => seedDemoGates(deps, configs),
    async close() {
      await monitor.stop();
      commands.close();
      live.close();
      await deps.link.close();
    },
  };
}

export type GatesServices = Awaited<ReturnType<typeof createGatesServices>>;
