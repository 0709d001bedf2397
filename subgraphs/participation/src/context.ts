import type { RequestContext } from '@attendgate/platform';
import { createLoaders, type ParticipationLoaders } from './loaders.ts';
import type { ParticipationServices } from './services/index.ts';

/** What the participation subgraph's resolvers and permission rules receive. */
export interface ParticipationContext extends RequestContext {
  services: ParticipationServices;
  loaders: ParticipationLoaders;
}

export function createContext(base: RequestContext, services: ParticipationServices): ParticipationContext {
  return { ...base, services, loaders: createLoaders(base.em) };
}
