export { createTestEnvironment, type TestEnvironment } from './testEnvironment.ts';
export { deleteRedisPrefix } from './redisForTests.ts';
export { eventually } from './eventually.ts';
export { startPrivateRedisServer, type PrivateRedisServer } from './privateRedisServer.ts';
