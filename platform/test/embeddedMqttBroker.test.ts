import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { brokerAnswers, startEmbeddedMqttBroker, type EmbeddedMqttBroker } from '../src/mqtt/embeddedMqttBroker.ts';

let broker: EmbeddedMqttBroker | undefined;
afterAll(async () => broker?.stop());

describe('the embedded MQTT broker', () => {
  it('carries QoS 1 messages and retained messages between real MQTT clients over TCP, and stops with clients connected', async () => {
    broker = await startEmbeddedMqttBroker();
    expect(broker.url).toMatch(/^mqtt:\/\/127\.0\.0\.1:\d+$/);
    expect(await brokerAnswers(broker.url)).toBe(true);
    const publisher = await mqtt.connectAsync(broker.url, { protocolVersion: 4, reconnectPeriod: 0 });
    await publisher.publishAsync('t/retained', 'kept', { qos: 1, retain: true });

    const subscriber = await mqtt.connectAsync(broker.url, { protocolVersion: 4, reconnectPeriod: 0 });
    const received: string[] = [];
    subscriber.on('message', (topic, payload) => received.push(`${topic}=${payload.toString()}`));
    await subscriber.subscribeAsync('t/#', { qos: 1 });
    await publisher.publishAsync('t/live', 'hello', { qos: 1 });
    const deadline = Date.now() + 5_000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(received).toEqual(['t/retained=kept', 't/live=hello']);

    await broker.stop();
    expect(await brokerAnswers(broker.url)).toBe(false);
    await Promise.all([publisher.endAsync(true), subscriber.endAsync(true)]);
  });
});
