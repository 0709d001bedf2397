import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import type { Redis } from 'ioredis';

/** Messages a subscription holds for a consumer that has not pulled them yet; older ones are dropped. */
const MAX_BUFFERED_MESSAGES = 1_000;

/** A live subscription to one or more topics. */
export interface BusSubscription<T> extends AsyncIterableIterator<T> {
  /** Resolves once the subscription is registered with the broker: from then on nothing published is missed. */
  readonly ready: Promise<void>;
}

/**
 * Publish/subscribe for live data (subscription fan-out), at-most-once.
 *
 * Redis pub/sub when Redis is configured, so an event published by one replica reaches subscribers on all;
 * an in-process PubSub otherwise (shared by every service in the zero-setup process). Payloads must carry the
 * full current state: a subscriber that missed an event catches up with the next one.
 */
export interface EventBus {
  publish(topic: string, payload: unknown): Promise<void>;
  subscribe<T>(topics: string | readonly string[]): BusSubscription<T>;
  close(): Promise<void>;
}

const inProcess = new Map<string, PubSub>();

export function createEventBus(options: { prefix: string; publisher?: Redis; subscriber?: Redis }): EventBus {
  const { prefix } = options;
  let engine: PubSubEngine;
  let close = async () => {};
  if (options.publisher && options.subscriber) {
    const redis = new RedisPubSub({ publisher: options.publisher, subscriber: options.subscriber });
    engine = redis;
    close = async () => {
      await redis.close();
    };
  } else {
    let memory = inProcess.get(prefix);
    if (!memory) {
      memory = new PubSub();
      inProcess.set(prefix, memory);
    }
    engine = memory;
  }
  return {
    publish: (topic, payload) => engine.publish(prefix + topic, payload),
    subscribe: <T>(topics: string | readonly string[]) =>
      subscription<T>(engine, (typeof topics === 'string' ? [topics] : [...topics]).map((t) => prefix + t)),
    close,
  };
}

/**
 * An async iterator over an engine's callback subscriptions. Unlike the engines' own iterators it subscribes
 * at once (not on the first `next()`), says when it is registered (`ready`), and bounds what it buffers.
 */
function subscription<T>(engine: PubSubEngine, triggers: string[]): BusSubscription<T> {
  const buffered: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | undefined;
  let done = false;
  const onMessage = (message: T) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value: message, done: false });
      return;
    }
    buffered.push(message);
    if (buffered.length > MAX_BUFFERED_MESSAGES) buffered.shift();
  };
  const ids = Promise.all(triggers.map((trigger) => engine.subscribe(trigger, onMessage, {})));
  const finish = async (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      buffered.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
      for (const id of await ids.catch(() => [] as number[])) engine.unsubscribe(id);
    }
    return { value: undefined, done: true };
  };
  return {
    ready: ids.then(() => undefined),
    next() {
      if (buffered.length) return Promise.resolve({ value: buffered.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: finish,
    async throw(error) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
