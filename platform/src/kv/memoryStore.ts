import type { KeyValueStore } from './keyValueStore.ts';

interface Entry {
  value: string;
  expiresAt: number | null;
}

/** One map per prefix per process, so every service in the zero-setup process sees the same data. */
const shared = new Map<string, Map<string, Entry>>();

/**
 * The in-process store for the single-process mode (no REDIS_URL). Same semantics as the Redis store;
 * expired entries are dropped when touched and swept periodically so the map cannot grow without bound.
 */
export function createMemoryStore(prefix: string): KeyValueStore {
  let entries = shared.get(prefix);
  if (!entries) {
    const map = new Map<string, Entry>();
    entries = map;
    shared.set(prefix, map);
    setInterval(() => sweep(map), 60_000).unref();
  }
  const data = entries;
  const live = (key: string): Entry | undefined => {
    const entry = data.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= Date.now()) {
      data.delete(key);
      return undefined;
    }
    return entry;
  };
  const expiry = (ttlMs?: number) => (ttlMs ? Date.now() + ttlMs : null);
  return {
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, ttlMs) {
      data.set(key, { value, expiresAt: expiry(ttlMs) });
    },
    async setIfAbsent(key, value, ttlMs) {
      if (live(key)) return false;
      data.set(key, { value, expiresAt: expiry(ttlMs) });
      return true;
    },
    async delete(key) {
      data.delete(key);
    },
    async increment(key, windowMs) {
      const entry = live(key);
      const count = entry ? Number(entry.value) + 1 : 1;
      data.set(key, { value: String(count), expiresAt: entry ? entry.expiresAt : expiry(windowMs) });
      return count;
    },
    async ttlMs(key) {
      const entry = live(key);
      return entry?.expiresAt ? entry.expiresAt - Date.now() : null;
    },
    async ping() {},
    async close() {},
  };
}

function sweep(map: Map<string, Entry>): void {
  const now = Date.now();
  for (const [key, entry] of map) if (entry.expiresAt !== null && entry.expiresAt <= now) map.delete(key);
}
