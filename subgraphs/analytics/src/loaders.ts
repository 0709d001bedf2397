import DataLoader from 'dataloader';
import { isUuid } from './domain/vocabulary.ts';
import type { MetricsCache } from './services/metricsCache.ts';
import type { MetricsView } from './services/views.ts';

export interface AnalyticsLoaders {
  /**
   * An event's dashboard, read once per request: the permission rules (its owner) and the resolver share it,
   * so a cache hit costs one Redis read and no SQL at all.
   */
  metrics: DataLoader<string, MetricsView | null>;
}

/** Request-scoped loaders: their cache never outlives the request. */
export function createLoaders(cache: MetricsCache): AnalyticsLoaders {
  return {
    metrics: new DataLoader(
      (ids) => Promise.all(ids.map((id) => (isUuid(id) ? cache.read(id.toLowerCase()) : Promise.resolve(null)))),
      { batch: false },
    ),
  };
}
