import { AppError } from '../errors/AppError.ts';
import type { AuthClaims } from './accessTokens.ts';
import type { Role } from './roles.ts';
import { rule } from './shield.ts';

/** The part of every request context that permission rules read. */
export interface PermissionContext {
  auth: AuthClaims | null;
  /** True when the request carried a valid gateway signature (always, once past the subgraph's door). */
  signedByGateway: boolean;
}

// Rules are cached per request ('contextual') because their answers depend on the caller only.
export const isAuthenticated = rule({ cache: 'contextual' })(
  (_parent, _args, ctx: PermissionContext) => (ctx.auth ? true : AppError.unauthenticated()),
);

export function hasRole(...roles: Role[]) {
  return rule(`hasRole(${roles.join(',')})`, { cache: 'contextual' })((_parent, _args, ctx: PermissionContext) => {
    if (!ctx.auth) return AppError.unauthenticated();
    return roles.includes(ctx.auth.role) ? true : AppError.forbidden();
  });
}

export const isAdmin = hasRole('ADMIN');

/**
 * For the federation plumbing (`_service`, `_entities`): only the gateway may call them. The HTTP layer
 * already refuses unsigned requests; this keeps the rule explicit in every permission map.
 */
export const isGateway = rule({ cache: 'contextual' })(
  (_parent, _args, ctx: PermissionContext) => (ctx.signedByGateway ? true : AppError.forbidden()),
);

/** Rules every subgraph needs for federation to work; spread into each permission map's Query. */
export const federationQueryRules = { _service: isGateway, _entities: isGateway };
