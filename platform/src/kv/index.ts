export type { KeyValueStore } from './keyValueStore.ts';
export { createRedisStore } from './redisStore.ts';
export { createMemoryStore } from './memoryStore.ts';
