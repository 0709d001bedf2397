export { defineDomainEvent, type DomainEventContract } from './defineDomainEvent.ts';
export {
  domainEventCatalog, domainEventTopic, consumerQueueName,
  type DomainEvent, type DomainEventCatalog, type DomainEventData, type DomainEventType,
} from './catalog.ts';
export { MEDIA_CHANNELS, type MediaChannel } from './contracts/shared.ts';
export { EVENT_PURPOSES } from './contracts/events.ts';
export { GATE_STATES } from './contracts/gates.ts';
export { createDomainEventPublisher, type DomainEventPublisher } from './domainEventPublisher.ts';
export {
  startDomainEventConsumers, subscribeDomainEventConsumer,
  type DomainEventHandler, type DomainEventHandlers,
} from './domainEventConsumers.ts';
export { ProcessedDomainEventSchema } from './ProcessedDomainEvent.ts';
export { sealPersonalData, openPersonalData, type ContactDetails } from './personalData.ts';
