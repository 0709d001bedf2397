import type { Redis } from 'ioredis';
import type { KeyValueStore } from './keyValueStore.ts';

// INCR and PEXPIRE in one round trip, and the expiry set only by the increment that created the key, so a
// window cannot be extended by later hits (which would let a patient attacker never be let go of either).
const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

type IncrementCommand = { agIncrementWindow(key: string, windowMs: number): Promise<number> };

export function createRedisStore(redis: Redis, prefix: string): KeyValueStore {
  const k = (key: string) => prefix + key;
  // A defined command is sent as EVALSHA (the script body travels once per connection, not per call).
  if (!('agIncrementWindow' in redis)) redis.defineCommand('agIncrementWindow', { numberOfKeys: 1, lua: INCREMENT_SCRIPT });
  const commands = redis as Redis & IncrementCommand;
  return {
    get: (key) => redis.get(k(key)),
    async set(key, value, ttlMs) {
      if (ttlMs) await redis.set(k(key), value, 'PX', ttlMs);
      else await redis.set(k(key), value);
    },
    async setIfAbsent(key, value, ttlMs) {
      return (await redis.set(k(key), value, 'PX', ttlMs, 'NX')) === 'OK';
    },
    async delete(key) {
      await redis.del(k(key));
    },
    async increment(key, windowMs) {
      return Number(await commands.agIncrementWindow(k(key), windowMs));
    },
    async ttlMs(key) {
      const ttl = await redis.pttl(k(key));
      return ttl < 0 ? null : ttl;
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      // The connection is owned by whoever created it; see createRuntime.
    },
  };
}
