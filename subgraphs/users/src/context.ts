import type { RequestContext } from '@attendgate/platform';
import { createLoaders, type UsersLoaders } from './loaders.ts';
import type { UsersServices } from './services/index.ts';

/** What the users subgraph's resolvers and permission rules receive. */
export interface UsersContext extends RequestContext {
  services: UsersServices;
  loaders: UsersLoaders;
  /**
   * Users this request proved to be by their password or refresh token (signUp, login, refreshToken). The
   * answer to those mutations carries the user, and the caller has no access token yet, so the rules that
   * show a user their own e-mail and phone look here as well as at the token.
   */
  provenUserIds: Set<string>;
}

export function createContext(base: RequestContext, services: UsersServices): UsersContext {
  return { ...base, services, loaders: createLoaders(base.em), provenUserIds: new Set() };
}
