import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createEventBus, createLogger, stateStream, type EventBus } from '../src/index.ts';
import { createRedis } from '../src/redis/createRedis.ts';
import { startPrivateRedisServer } from '../src/testing/index.ts';
import '../src/testing/provided.ts';

const connections: Redis[] = [];
const redis = () => {
  const connection = new Redis(inject('redisUrl'));
  connections.push(connection);
  return connection;
};
afterAll(() => connections.forEach((c) => c.disconnect()));

const buses: [string, () => EventBus][] = [
  ['redis', () => createEventBus({ prefix: `test:bus:${randomBytes(4).toString('hex')}:`, publisher: redis(), subscriber: redis() })],
  ['in-process', () => createEventBus({ prefix: `test:bus:${randomBytes(4).toString('hex')}:` })],
];

describe.each(buses)('%s event bus', (_kind, make) => {
  const bus = make();

  it('delivers what is published after the subscription is ready, in order, and nothing after return()', async () => {
    const subscription = bus.subscribe<{ n: number }>('topic');
    await subscription.ready;
    for (let n = 1; n <= 3; n++) await bus.publish('topic', { n });
    const received = [await subscription.next(), await subscription.next(), await subscription.next()].map((r) => r.value);
    expect(received).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    await subscription.return!();
    await bus.publish('topic', { n: 4 });
    expect(await subscription.next()).toEqual({ value: undefined, done: true });
  });

  it('keeps topics apart', async () => {
    const a = bus.subscribe<string>('a');
    await a.ready;
    await bus.publish('b', 'for b');
    await bus.publish('a', 'for a');
    expect((await a.next()).value).toBe('for a');
    await a.return!();
  });

  it('starts a state stream with the snapshot, then the updates', async () => {
    const stream = stateStream(async () => ({ state: 'now' }), bus.subscribe<{ state: string }>('state'));
    expect((await stream.next()).value).toEqual({ state: 'now' });
    await bus.publish('state', { state: 'next' });
    expect((await stream.next()).value).toEqual({ state: 'next' });
    await stream.return(undefined);
  });
});

describe('the redis event bus across a Redis outage', () => {
  it('registers a subscription made while Redis is down once it is back, and delivers what is published then', async () => {
    const server = await startPrivateRedisServer();
    const logger = createLogger({ service: 'test', level: 'silent' });
    const publisher = createRedis(server.url, logger, 'test:publish');
    const subscriber = createRedis(server.url, logger, 'test:subscribe', { subscriber: true });
    const bus = createEventBus({ prefix: 'outage:', publisher, subscriber });
    try {
      await Promise.all([publisher.ping(), subscriber.ping()]);
      await server.kill();
      const subscription = bus.subscribe<{ n: number }>('topic');
      // Longer than a command connection waits before it fails its commands.
      await new Promise((r) => setTimeout(r, 1_000));
      await server.start();
      await subscription.ready;
      await bus.publish('topic', { n: 1 });
      expect((await subscription.next()).value).toEqual({ n: 1 });
    } finally {
      // Closed without return(): graphql-redis-subscriptions does not await its UNSUBSCRIBE, which a quit
      // right after it would fail as an unhandled rejection.
      await bus.close();
      await server.kill();
    }
  });
});

describe('closing a Redis event bus', () => {
  it('ends its open subscriptions, and a subscription ended after the close sends nothing to the closed connection (no unhandled rejection)', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const bus = createEventBus({ prefix: `test:bus:${randomBytes(4).toString('hex')}:`, publisher: new Redis(inject('redisUrl')), subscriber: new Redis(inject('redisUrl')) });
      const open = bus.subscribe<string>('still-open');
      const ending = bus.subscribe<string>('ending');
      await Promise.all([open.ready, ending.ready]);
      const pending = open.next();
      await bus.close();
      expect(await pending).toEqual({ value: undefined, done: true });
      expect(await ending.next()).toEqual({ value: undefined, done: true });
      // Ended again by its consumer after the close, as a resolver's iterator is when the client goes away.
      expect(await ending.return!()).toEqual({ value: undefined, done: true });
      await new Promise((r) => setTimeout(r, 100));
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

