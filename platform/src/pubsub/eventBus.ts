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
  const open = new Set<BusSubscription<unknown>>();
  const state = { closed: false };
  // In process there is no connection to lose: closing ends nothing, and unsubscribing always works.
  let close = async () => {};
  if (options.publisher && options.subscriber) {
    const { subscriber } = options;
    const redis = new RedisPubSub({ publisher: options.publisher, subscriber });
    engine = redis;
    close = async () => {
      // End the open subscriptions first, and wait until Redis answered their UNSUBSCRIBEs (replies come in
      // order, so a PING's reply comes after them): graphql-redis-subscriptions sends UNSUBSCRIBE without
      // waiting, so one sent after the connection quit would be rejected with nobody to handle it.
      await Promise.all([...open].map((subscription) => subscription.return?.()));
      await subscriber.ping().catch(() => {});
      state.closed = true;
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
    subscribe<T>(topics: string | readonly string[]) {
      const created = subscription<T>(engine, (typeof topics === 'string' ? [topics] : [...topics]).map((t) => prefix + t), state, () => open.delete(created));
      open.add(created as BusSubscription<unknown>);
      return created;
    },
    close: () => close(),
  };
}

/**
 * An async iterator over an engine's callback subscriptions. Unlike the engines' own iterators it subscribes
 * at once (not on the first `next()`), says when it is registered (`ready`), and bounds what it buffers.
 */
function subscription<T>(engine: PubSubEngine, triggers: string[], bus: { readonly closed: boolean }, ended: () => void): BusSubscription<T> {
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
      const registered = await ids.catch(() => [] as number[]);
      // After the bus closed, its connection is gone and so are the broker's subscriptions.
      if (!bus.closed) for (const id of registered) engine.unsubscribe(id);
      ended();
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
