import type { Schema } from '@apollo/federation-internals';

/**
 * Who may share one upstream subscription and one execution of the rest of the plan, as the owning subgraph
 * declares it on its Subscription field with `@subscriptionPolicy(scope: ..., replayLatest: ...)`
 * (docs/subscriptions.md). Undeclared fields get the safe default: USER, no replay.
 *
 * - USER: per user; subgraphs see the user's own token.
 * - ROLE: per role; subgraphs see a role credential that names no person, so nothing user-specific can be
 *   computed and shared by mistake.
 * - PUBLIC: everyone, anonymous included; subgraphs see no credential at all.
 */
export type SubscriptionScope = 'USER' | 'ROLE' | 'PUBLIC';

export interface SubscriptionPolicy {
  scope: SubscriptionScope;
  /** State streams: a late joiner gets the latest result at once instead of waiting for the next change. */
  replayLatest: boolean;
}

export const DIRECTIVE_NAME = 'subscriptionPolicy';
const DEFAULT_POLICY: SubscriptionPolicy = { scope: 'USER', replayLatest: false };

/** Reads the policy of a Subscription root field from the supergraph (the directive is composed into it). */
export function policyOf(supergraphSchema: Schema, rootField: string): SubscriptionPolicy {
  const field = supergraphSchema.schemaDefinition.rootType('subscription')?.field(rootField);
  const applied = field?.appliedDirectives.find((directive) => directive.name === DIRECTIVE_NAME);
  if (!applied) return DEFAULT_POLICY;
  const args = applied.arguments() as { scope?: string; replayLatest?: boolean };
  const scope = args.scope === 'ROLE' || args.scope === 'PUBLIC' ? args.scope : 'USER';
  return { scope, replayLatest: args.replayLatest === true };
}
