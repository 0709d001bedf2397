import type { KeyValueStore } from '../kv/keyValueStore.ts';

/**
 * Sessions revoked before their access tokens expire (logout, refresh-token reuse).
 *
 * Access tokens are stateless, so without this a stolen token would keep working for its whole lifetime after
 * logout. The users subgraph writes here; the gateway reads on every authenticated request. Entries live only
 * as long as the longest access token could.
 */
export function createSessionRevocationList(kv: KeyValueStore, accessTokenTtlMs: number) {
  const key = (sessionId: string) => `auth:revoked-session:${sessionId}`;
  return {
    async revoke(sessionId: string): Promise<void> {
      await kv.set(key(sessionId), '1', accessTokenTtlMs);
    },
    async isRevoked(sessionId: string): Promise<boolean> {
      return (await kv.get(key(sessionId))) !== null;
    },
  };
}

export type SessionRevocationList = ReturnType<typeof createSessionRevocationList>;
