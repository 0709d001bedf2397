import type { RequestContext } from '@attendgate/platform';
import { createLoaders, type EventsLoaders } from './loaders.ts';
import type { EventsServices } from './services/index.ts';

/** What the events subgraph's resolvers and permission rules receive. */
export interface EventsContext extends RequestContext {
  services: EventsServices;
  loaders: EventsLoaders;
}

export function createContext(base: RequestContext, services: EventsServices): EventsContext {
  return { ...base, services, loaders: createLoaders(base.em) };
}
