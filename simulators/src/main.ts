import { simulatorNames } from './registry.ts';
import { startSimulators } from './server.ts';

/**
 * Runs the simulators as a standalone process for the dev stack and manual testing. SIMULATORS_PORT
 * (default 4100) and SIMULATORS_HOST (default 127.0.0.1) choose where it listens.
 */
function portFromEnv(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`SIMULATORS_PORT must be a port number (0-65535), got "${value}"`);
    process.exit(1);
  }
  return port;
}

// The gate controllers speak MQTT on the broker the gates subgraph uses (same variables as the subgraph's).
const mqttUrl = process.env.GATES_MQTT_URL || process.env.MQTT_URL;
const server = await startSimulators({
  port: portFromEnv(process.env.SIMULATORS_PORT, 4100),
  host: process.env.SIMULATORS_HOST || '127.0.0.1',
  ...(mqttUrl ? { mqtt: { url: mqttUrl, topicRoot: process.env.GATES_MQTT_TOPIC_ROOT || 'attendgate' } } : {}),
});
console.log(`simulators listening on ${server.url} (${simulatorNames.join(', ')})`);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) process.exit(130); // a second signal means "now"
  stopping = true;
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`simulators failed to stop after ${signal}:`, error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
