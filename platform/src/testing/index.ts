export { createTestEnvironment, type TestEnvironment } from './testEnvironment.ts';
export { deleteRedisPrefix } from './redisForTests.ts';
export { eventually } from './eventually.ts';
