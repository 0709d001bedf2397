import { createLogger, discoverSubgraphs, envPrefix, migrateSubgraph, startEmbeddedMqttBroker, startSubgraph, type Logger, type RunningSubgraph } from '@attendgate/platform';
import { startGateway } from '@attendgate/gateway';
import { simulatorEnvironment, startSimulators } from '@attendgate/simulators';
import { openDatabase } from './database.ts';

export interface Launched {
  gatewayUrl: string;
  simulatorsUrl: string;
  subgraphs: { name: string; url: string }[];
  /** Lines the demo data asked to show (logins and passwords). */
  demo: string[];
  stop(): Promise<void>;
}

/**
 * Runs the whole system in this process: the database (embedded when DATABASE_URL is unset), the MQTT broker
 * of the gate hardware (embedded when MQTT_URL is unset), migrations, the simulators, every subgraph found
 * under subgraphs/, demo data and the gateway.
 *
 * Subgraphs are discovered, not listed, so a new subgraph needs no change here. Without REDIS_URL every
 * service shares this process's in-memory pub/sub and key-value store, which is why they must share a
 * process; with REDIS_URL the same services can also run as separate processes (docker-compose.yml).
 */
export async function launch(baseEnv: Record<string, string | undefined> = process.env, logger: Logger = createLogger({ service: 'launcher' })): Promise<Launched> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => logger.error({ err: error }, 'stop failed'));
  };
  try {
    const database = await openDatabase(logger, baseEnv);
    stops.push(database.stop);
    // Gate hardware speaks MQTT: without a configured broker, one runs in this process (docs/decisions/mqtt-broker.md).
    let mqttUrl = baseEnv.MQTT_URL;
    if (!mqttUrl) {
      const broker = await startEmbeddedMqttBroker({ port: Number(baseEnv.EMBEDDED_MQTT_PORT ?? 0) });
      stops.push(broker.stop);
      mqttUrl = broker.url;
      logger.info({ url: mqttUrl }, 'embedded MQTT broker started');
    }
    const simulators = await startSimulators({
      port: Number(baseEnv.SIMULATORS_PORT ?? 4100),
      host: baseEnv.HOST ?? '127.0.0.1',
      mqtt: { url: baseEnv.GATES_MQTT_URL ?? mqttUrl, topicRoot: baseEnv.GATES_MQTT_TOPIC_ROOT ?? 'attendgate' },
    });
    stops.push(() => simulators.close());
    // Configured endpoints of real external systems win over the simulators.
    const env: Record<string, string | undefined> = {
      ...simulatorEnvironment(simulators),
      // Links to files the gateway serves point at the gateway this launcher starts, unless told otherwise.
      PUBLIC_URL: `http://${baseEnv.HOST && baseEnv.HOST !== '0.0.0.0' ? baseEnv.HOST : '127.0.0.1'}:${baseEnv.GATEWAY_PORT ?? 4000}`,
      ...baseEnv,
      DATABASE_URL: database.url,
      MQTT_URL: mqttUrl,
    };

    const definitions = await discoverSubgraphs();
    for (const definition of definitions) {
      const applied = await migrateSubgraph(definition, env, logger);
      if (applied.length) logger.info({ subgraph: definition.name, applied }, 'migrations applied');
    }

    const running: RunningSubgraph[] = [];
    for (const definition of definitions) {
      const subgraph = await startSubgraph(definition, { env });
      running.push(subgraph);
      stops.push(() => subgraph.stop());
    }
    const demo: string[] = [];
    for (const subgraph of running) demo.push(...((await subgraph.api.seedDemo?.()) ?? []));

    // The gateway routes with the committed supergraph; point each subgraph at the port it actually got.
    const routing = Object.fromEntries(running.map((s) => [`${envPrefix(s.name)}_URL`, s.url]));
    const gateway = await startGateway({ env: { ...env, ...routing } });
    stops.push(() => gateway.stop());

    return {
      gatewayUrl: gateway.url,
      simulatorsUrl: simulators.url,
      subgraphs: running.map((s) => ({ name: s.name, url: s.url })),
      demo,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
