import { roleScopeAuthorization } from '@attendgate/platform';
import type { Caller } from '../auth.ts';
import type { SubscriptionScope } from './subscriptionPolicy.ts';

/** Which callers share upstream subscriptions and executions, and what credential the subgraphs see. */
export interface ScopeIdentity {
  /** Equal keys share; different keys never do. */
  key: string;
  /** Sent to subgraphs for the upstream subscription and the entity fetches of every event. */
  authorization: string | undefined;
}

/**
 * Maps a caller to the sharing scope a subscription field declared (see subscriptionPolicy.ts). The key is
 * explicit about what is shared, so per-user data never crosses users: USER shares within one user, ROLE
 * within a role (with a credential that names no person), PUBLIC with everyone (with no credential).
 */
export function scopeIdentity(scope: SubscriptionScope, caller: Caller): ScopeIdentity {
  if (scope === 'PUBLIC' || !caller.auth) return { key: scope === 'PUBLIC' ? 'public' : 'anonymous', authorization: undefined };
  if (scope === 'ROLE') return { key: `role:${caller.auth.role}`, authorization: roleScopeAuthorization(caller.auth.role) };
  return { key: `user:${caller.auth.userId}`, authorization: caller.authorization };
}
