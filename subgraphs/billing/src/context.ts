import type { AuthClaims, RequestContext } from '@attendgate/platform';
import { createLoaders, type BillingLoaders } from './loaders.ts';
import type { BillingServices } from './services/index.ts';

/** What the billing subgraph's resolvers and permission rules receive. */
export interface BillingContext extends RequestContext {
  services: BillingServices;
  loaders: BillingLoaders;
}

export function createContext(base: RequestContext, services: BillingServices): BillingContext {
  return { ...base, services, loaders: createLoaders(base.em) };
}

/** The verified caller; every billing field needs one (the permission rules refuse anonymous callers first). */
export function callerOf(ctx: BillingContext): AuthClaims {
  return ctx.auth!;
}
