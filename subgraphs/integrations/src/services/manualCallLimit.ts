import { AppError, ErrorCode, type KeyValueStore } from '@attendgate/platform';

const WINDOW_MS = 60_000;

/**
 * Caps the calls a person can make us send to an external system on demand (testConnection, syncNow) per
 * integration and minute, in the shared key-value store so every replica counts the same calls: our
 * workers must not become a way to hammer someone's system. Fixed windows; 0 turns the limit off.
 */
export function createManualCallLimit(kv: KeyValueStore, perMinute: number) {
  return async function countManualCall(integrationId: string, action: 'test' | 'sync'): Promise<void> {
    if (perMinute <= 0) return;
    const key = `integrations:manual:${action}:${integrationId}`;
    const calls = await kv.increment(key, WINDOW_MS);
    if (calls <= perMinute) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(((await kv.ttlMs(key)) ?? WINDOW_MS) / 1000));
    throw new AppError(ErrorCode.RATE_LIMITED, `At most ${perMinute} of these a minute per integration; try again later.`, { retryAfterSeconds, limit: action });
  };
}

export type ManualCallLimit = ReturnType<typeof createManualCallLimit>;
