/**
 * The small key-value surface services use for caches, counters and flags.
 *
 * Backed by Redis when REDIS_URL is set (shared by every replica), otherwise by process memory (the single
 * process zero-setup mode). Keys are namespaced by the store, so callers write `lockout:<id>`, not prefixes.
 */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Sets the key only when it does not exist; true when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Atomically adds one and returns the new count; the first increment starts a `windowMs` expiry. */
  increment(key: string, windowMs: number): Promise<number>;
  /** Milliseconds until the key expires; null when it does not exist or never expires. */
  ttlMs(key: string): Promise<number | null>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
