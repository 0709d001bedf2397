export { brokerAnswers, startEmbeddedMqttBroker, type EmbeddedMqttBroker } from './embeddedMqttBroker.ts';
