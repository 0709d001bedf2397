import type { BusSubscription } from './eventBus.ts';

/**
 * A subscription stream for state (metrics, gate states): the current state first, then every update.
 *
 * Pub/sub is at-most-once and a subscriber may join late or reconnect, so state streams always start with a
 * snapshot; updates carry full state too, so a missed update is repaired by the next one. The snapshot is
 * read only once the update subscription is registered, so nothing published in between is lost (at worst
 * the first update repeats the snapshot).
 */
export async function* stateStream<T>(snapshot: () => Promise<T>, updates: BusSubscription<T>): AsyncGenerator<T> {
  try {
    await updates.ready;
    yield await snapshot();
    yield* updates;
  } finally {
    await updates.return?.();
  }
}
