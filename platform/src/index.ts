/**
 * @attendgate/platform: the one shared kit. Every service imports cross-cutting concerns from here and
 * nowhere else (docs/architecture.md lists what lives where).
 */
export * from './config/index.ts';
export * from './errors/index.ts';
export * from './logging/index.ts';
export * from './crypto/index.ts';
export * from './auth/index.ts';
export * from './kv/index.ts';
export * from './pubsub/index.ts';
export * from './resilience/index.ts';
export * from './http/index.ts';
export * from './db/index.ts';
export * from './queue/index.ts';
export * from './domainEvents/index.ts';
export * from './server/index.ts';
export * from './files/index.ts';
export * from './federation/index.ts';
export * from './graphql/index.ts';
export * from './metrics/index.ts';
export * from './validation/index.ts';
export * from './demo/index.ts';
export * from './mqtt/index.ts';
