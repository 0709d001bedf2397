export { startEmbeddedMqttBroker, type EmbeddedMqttBroker } from './embeddedMqttBroker.ts';
