import type { KeyValueStore, Logger } from '@attendgate/platform';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { ValueSettings } from '../domain/performance.ts';
import { computeMetrics } from './computeMetrics.ts';
import type { MetricsView } from './views.ts';

const cacheKey = (eventId: string) => `metrics:${eventId}`;

/**
 * The dashboard cache (seed 002: cache-aside in Redis; seed 004: TTL 1 hour). A hit answers without touching
 * the database; a miss computes from analytics' tables and stores the result. Whenever the figures change the
 * live refresher stores the new figures (services/liveMetrics.ts), so the cache is refreshed, not just
 * dropped, and a view is never replaced by one computed at an older version. When Redis fails, the
 * dashboard is computed from the database instead: slower, never down.
 */
export function createMetricsCache(deps: { orm: MikroORM; kv: KeyValueStore; logger: Logger; ttlMs: number; settings: ValueSettings }) {
  const { kv, logger } = deps;

  async function cached(eventId: string): Promise<MetricsView | null> {
    try {
      const text = await kv.get(cacheKey(eventId));
      return text ? (JSON.parse(text) as MetricsView) : null;
    } catch (error) {
      logger.warn({ err: error, eventId }, 'dashboard cache unreadable; computing from the database');
      return null;
    }
  }

  /** Stores a view unless the cache already holds one computed at a newer version. */
  async function store(view: MetricsView): Promise<void> {
    try {
      const current = await cached(view.eventId);
      if (current && current.version > view.version) return;
      await kv.set(cacheKey(view.eventId), JSON.stringify(view), deps.ttlMs);
    } catch (error) {
      logger.warn({ err: error, eventId: view.eventId }, 'dashboard not cached');
    }
  }

  const compute = (eventId: string, em: EntityManager = deps.orm.em.fork()) => computeMetrics(em, eventId, deps.settings);

  return {
    compute,
    store,

    /** The dashboard: from the cache, else computed and cached. Null when analytics never heard of the event. */
    async read(eventId: string): Promise<MetricsView | null> {
      const hit = await cached(eventId);
      if (hit) return { ...hit, source: 'CACHE' };
      const view = await compute(eventId);
      if (view) await store(view);
      return view;
    },
  };
}

export type MetricsCache = ReturnType<typeof createMetricsCache>;
