import type { RequestContext } from '@attendgate/platform';
import { createLoaders, type AnalyticsLoaders } from './loaders.ts';
import type { AnalyticsServices } from './services/index.ts';

/** What the analytics subgraph's resolvers and permission rules receive. */
export interface AnalyticsContext extends RequestContext {
  services: AnalyticsServices;
  loaders: AnalyticsLoaders;
}

export function createContext(base: RequestContext, services: AnalyticsServices): AnalyticsContext {
  return { ...base, services, loaders: createLoaders(services.cache) };
}
