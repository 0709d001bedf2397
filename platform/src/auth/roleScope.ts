import type { AuthClaims } from './accessTokens.ts';
import { isRole, type Role } from './roles.ts';

/**
 * The credential the gateway uses for data shared by every caller of one role (a ROLE-scoped subscription):
 * `Authorization: Scope role=OPERATOR`. It names a role and no person, so whatever a subgraph answers to it
 * is by construction the same for every member of the role, and safe to send to all of them.
 *
 * Only the gateway can send it: subgraphs refuse every request the gateway did not sign, and the gateway
 * forwards no client header except a Bearer token it verified.
 */
const PREFIX = 'Scope role=';

export function roleScopeAuthorization(role: Role): string {
  return PREFIX + role;
}

/** The claims a role-scoped request acts with: the role, and an identity that matches no user. */
export function roleScopeClaims(authorization: string): AuthClaims | undefined {
  if (!authorization.startsWith(PREFIX)) return undefined;
  const role = authorization.slice(PREFIX.length);
  if (!isRole(role)) return undefined;
  // A user id no real user has (users are UUIDs), so "is this the caller's own record" rules never match.
  return { userId: `role-scope:${role}`, role, sessionId: `role-scope:${role}`, expiresAt: new Date(8.64e15) };
}
