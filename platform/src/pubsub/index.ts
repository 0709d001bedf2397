export { createEventBus, type EventBus } from './eventBus.ts';
