import mqtt from 'mqtt';
import { brokerAnswers, startEmbeddedMqttBroker, type EmbeddedMqttBroker } from '@attendgate/platform';

/** The machines' shared Mosquitto (platform-notes: 127.0.0.1:1883), unless MQTT_URL names another broker. */
const SHARED_BROKER = 'mqtt://127.0.0.1:1883';

/**
 * The broker a test file uses: MQTT_URL, else the shared broker on 127.0.0.1:1883, else (a machine without
 * one) an embedded broker for this file. Test files share a broker, so each uses a topic root of its own.
 */
export async function testBroker(): Promise<{ url: string; embedded: EmbeddedMqttBroker | null }> {
  const url = process.env.MQTT_URL ?? SHARED_BROKER;
  if (await brokerAnswers(url)) return { url, embedded: null };
  const embedded = await startEmbeddedMqttBroker();
  return { url: embedded.url, embedded };
}

/**
 * Removes the retained configuration messages a test left under its topic root (a shared broker keeps them,
 * with persistence, across restarts): subscribe, collect what is retained, publish empty retained payloads.
 */
export async function clearRetained(url: string, topicRoot: string): Promise<void> {
  const client = await mqtt.connectAsync(url, { protocolVersion: 4, reconnectPeriod: 0 });
  try {
    const topics = new Set<string>();
    client.on('message', (topic, payload, packet) => {
      if (packet.retain && payload.length) topics.add(topic);
    });
    await client.subscribeAsync(`${topicRoot}/#`, { qos: 1 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const topic of topics) await client.publishAsync(topic, '', { qos: 1, retain: true });
  } finally {
    await client.endAsync();
  }
}
