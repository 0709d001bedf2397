import { z } from 'zod';

/**
 * Reusable zod fields for environment variables, so every service parses durations, ports and flags the
 * same way. Durations are whole milliseconds (names end in `_MS`), because tests shrink them to a few ms.
 */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback),
  ms: (fallback: number) => z.coerce.number().int().min(0).default(fallback),
  count: (fallback: number) => z.coerce.number().int().min(0).default(fallback),
  ratio: (fallback: number) => z.coerce.number().min(0).max(1).default(fallback),
  bytes: (fallback: number) => z.coerce.number().int().min(1).default(fallback),
  flag: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .default(fallback ? 'true' : 'false')
      .transform((value) => value === 'true' || value === '1' || value === 'yes'),
  url: () => z.url(),
  postgresUrl: () => z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL'),
  redisUrl: () => z.string().regex(/^rediss?:\/\//, 'expected a redis:// or rediss:// URL'),
};
