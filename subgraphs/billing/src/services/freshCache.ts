import { isShortCircuit, TaskCancelledError, UpstreamError, type KeyValueStore, type Logger } from '@attendgate/platform';

/** An answer with how old it is: whether it came from the cache, and whether it is a stale copy. */
export interface Freshness<T> {
  value: T;
  fetchedAt: Date;
  cached: boolean;
  stale: boolean;
}

interface Entry<T> {
  value: T;
  fetchedAt: string;
}

/**
 * True for failures of an external system (it answered badly, timed out, or its circuit is open), as opposed
 * to a bug of ours.
 */
export function isUpstreamFailure(error: unknown): boolean {
  return error instanceof UpstreamError || error instanceof TaskCancelledError || isShortCircuit(error);
}

/**
 * Cache-aside with a stale fallback (seed 003: Cache-Aside for bills and products; "KOS 장애 시" the last
 * copy). An answer is fresh for `freshMs` and served from the cache meanwhile; after that the source is asked
 * again, and only when the source fails is the old copy served, marked stale, for up to `keepMs` more.
 * `null` answers (the source has no such thing) are never cached. A broken cache counts as a miss: it must
 * not stop an answer (seed 003: "캐시 장애: DB 조회로 폴백").
 */
export function createFreshCache(deps: { kv: KeyValueStore; logger: Logger }) {
  const { kv, logger } = deps;

  async function read<T>(key: string): Promise<Entry<T> | null> {
    try {
      const text = await kv.get(key);
      return text ? (JSON.parse(text) as Entry<T>) : null;
    } catch (error) {
      logger.warn({ err: error, key }, 'cache unavailable; asking the source');
      return null;
    }
  }

  async function write<T>(key: string, entry: Entry<T>, ttlMs: number): Promise<void> {
    try {
      await kv.set(key, JSON.stringify(entry), ttlMs);
    } catch (error) {
      logger.warn({ err: error, key }, 'could not cache an answer');
    }
  }

  return {
    async get<T>(key: string, windows: { freshMs: number; keepMs: number }, load: () => Promise<T | null>): Promise<Freshness<T> | null> {
      const entry = await read<T>(key);
      const now = Date.now();
      if (entry && now - Date.parse(entry.fetchedAt) < windows.freshMs) {
        return { value: entry.value, fetchedAt: new Date(entry.fetchedAt), cached: true, stale: false };
      }
      let value: T | null;
      try {
        value = await load();
      } catch (error) {
        if (entry && isUpstreamFailure(error)) {
          logger.warn({ err: error, key }, 'source unavailable; serving the last known copy as stale');
          return { value: entry.value, fetchedAt: new Date(entry.fetchedAt), cached: true, stale: true };
        }
        throw error;
      }
      if (value === null) return null;
      const fetchedAt = new Date(now);
      await write(key, { value, fetchedAt: fetchedAt.toISOString() }, windows.freshMs + windows.keepMs);
      return { value, fetchedAt, cached: false, stale: false };
    },
    async forget(key: string): Promise<void> {
      try {
        await kv.delete(key);
      } catch (error) {
        logger.warn({ err: error, key }, 'could not drop a cached answer');
      }
    },
  };
}

export type FreshCache = ReturnType<typeof createFreshCache>;
