import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from './domain/vocabulary.ts';
import { EventSummary } from './entities/index.ts';

export interface AnalyticsLoaders {
  /** Event summaries by id (owner, for permission rules), one statement per tick. */
  summary: DataLoader<string, EventSummary | null>;
}

/** Request-scoped loaders: their cache never outlives the request's EntityManager. */
export function createLoaders(em: EntityManager): AnalyticsLoaders {
  return {
    summary: new DataLoader(async (ids) => {
      const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
      const rows = wanted.length ? await em.find(EventSummary, { eventId: { $in: wanted } }) : [];
      const byId = new Map(rows.map((row) => [row.eventId.toLowerCase(), row]));
      return ids.map((id) => (typeof id === 'string' ? byId.get(id.toLowerCase()) ?? null : null));
    }),
  };
}
