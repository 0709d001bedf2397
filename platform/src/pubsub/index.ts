export { createEventBus, type EventBus, type BusSubscription } from './eventBus.ts';
export { stateStream } from './stateStream.ts';
