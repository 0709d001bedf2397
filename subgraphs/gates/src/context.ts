import type { RequestContext } from '@attendgate/platform';
import { createLoaders, type GatesLoaders } from './loaders.ts';
import type { GatesServices } from './services/index.ts';

/** What the gates subgraph's resolvers and permission rules receive. */
export interface GatesContext extends RequestContext {
  services: GatesServices;
  /** Replaced for every message of a live subscription (services/liveState.ts), hence not readonly. */
  loaders: GatesLoaders;
}

export function createContext(base: RequestContext, services: GatesServices): GatesContext {
  return { ...base, services, loaders: createLoaders(base.em) };
}
