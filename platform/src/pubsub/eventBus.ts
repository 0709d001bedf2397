import { PubSub } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import type { Redis } from 'ioredis';

/**
 * Publish/subscribe for live data (subscription fan-out), at-most-once.
 *
 * Redis pub/sub when Redis is configured, so an event published by one replica reaches subscribers on all;
 * an in-process PubSub otherwise (shared by every service in the zero-setup process). Payloads must carry the
 * full current state: a subscriber that missed an event catches up with the next one.
 */
export interface EventBus {
  publish(topic: string, payload: unknown): Promise<void>;
  subscribe<T>(topics: string | readonly string[]): AsyncIterableIterator<T>;
  close(): Promise<void>;
}

const inProcess = new Map<string, PubSub>();

export function createEventBus(options: { prefix: string; publisher?: Redis; subscriber?: Redis }): EventBus {
  const { prefix } = options;
  const topicsOf = (topics: string | readonly string[]) => (typeof topics === 'string' ? [topics] : [...topics]).map((t) => prefix + t);

  if (options.publisher && options.subscriber) {
    const engine = new RedisPubSub({ publisher: options.publisher, subscriber: options.subscriber });
    return {
      publish: (topic, payload) => engine.publish(prefix + topic, payload),
      subscribe: <T>(topics: string | readonly string[]) => engine.asyncIterableIterator<T>(topicsOf(topics)) as AsyncIterableIterator<T>,
      close: async () => {
        await engine.close();
      },
    };
  }

  let engine = inProcess.get(prefix);
  if (!engine) {
    engine = new PubSub();
    inProcess.set(prefix, engine);
  }
  const memory = engine;
  return {
    publish: (topic, payload) => memory.publish(prefix + topic, payload),
    subscribe: <T>(topics: string | readonly string[]) => memory.asyncIterableIterator<T>(topicsOf(topics)),
    close: async () => {},
  };
}
