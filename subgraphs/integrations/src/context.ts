import type { AuthClaims, RequestContext } from '@attendgate/platform';
import type { IntegrationsServices } from './services/index.ts';

/** What the integrations subgraph's resolvers and permission rules receive. */
export interface IntegrationsContext extends RequestContext {
  services: IntegrationsServices;
}

export function createContext(base: RequestContext, services: IntegrationsServices): IntegrationsContext {
  return { ...base, services };
}

/** The verified caller; every integrations field needs one (the permission rules refuse anonymous callers first). */
export function callerOf(ctx: IntegrationsContext): AuthClaims {
  return ctx.auth!;
}
