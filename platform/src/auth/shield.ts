import { createRequire } from 'node:module';
import util from 'node:util';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { IRules } from 'graphql-shield';
import { AppError } from '../errors/AppError.ts';

/**
 * The only place that loads graphql-shield (7.6.5, unmaintained); every rule in the project comes from here,
 * so replacing the library is a change to this file alone.
 *
 * Its ESM build imports `isUndefined` from node:util, which Node 23 removed, and its CJS build loaded next to
 * an ESM graphql-middleware makes `chain()`/`race()` silently deny. Restoring the helper and loading both
 * packages as CommonJS from one `require` gives a working pair (docs/decisions/graphql-shield.md).
 */
const legacyUtil = util as unknown as { isUndefined?: (value: unknown) => boolean };
legacyUtil.isUndefined ??= (value: unknown) => value === undefined;

const require = createRequire(import.meta.url);
const shieldLib = require('graphql-shield') as typeof import('graphql-shield');
const middlewareLib = require('graphql-middleware') as typeof import('graphql-middleware');

export const { rule, and, or, not, chain, race, allow, deny, inputRule } = shieldLib;
export type { IRules };
/** Any single rule or logic combination (`and`, `or`, ...). */
export type PermissionRule = Parameters<typeof shieldLib.and>[0];

/**
 * Applies a permission map with deny as the fallback: a field nobody wrote a rule for is refused.
 * Errors thrown by resolvers (AppError) pass through unchanged; a refused rule yields FORBIDDEN.
 */
export function applyPermissions(schema: GraphQLSchema, rules: IRules): GraphQLSchema {
  const permissions = shieldLib.shield(rules, {
    fallbackRule: shieldLib.deny,
    allowExternalErrors: true,
    fallbackError: () => AppError.forbidden(),
    debug: false,
  });
  const guarded = middlewareLib.applyMiddleware(schema, permissions);
  guardSubscribe(schema, guarded, permissions);
  return guarded;
}

type FieldMiddleware = (resolve: GraphQLFieldResolver<unknown, unknown>, ...rest: Parameters<GraphQLFieldResolver<unknown, unknown>>) => unknown;

/**
 * graphql-middleware wraps a field's `resolve` when it has one and its `subscribe` only when it has not, so
 * a Subscription field with both (subscribe to a topic, resolve the payload) would start streaming unchecked.
 * Such fields get the same rule in front of `subscribe`: a refused subscription then fails when it starts.
 */
function guardSubscribe(original: GraphQLSchema, guarded: GraphQLSchema, permissions: ReturnType<typeof shieldLib.shield>): void {
  const type = guarded.getSubscriptionType();
  const originalFields = original.getSubscriptionType()?.getFields() ?? {};
  if (!type) return;
  const middleware = (permissions as unknown as { generate(schema: GraphQLSchema): Record<string, Record<string, FieldMiddleware | { resolve: FieldMiddleware }>> }).generate(original);
  for (const field of Object.values(type.getFields())) {
    const before = originalFields[field.name];
    const subscribe = field.subscribe;
    if (!subscribe || !before?.resolve || before.resolve === defaultFieldResolver) continue;
    const entry = middleware[type.name]?.[field.name];
    const rule = typeof entry === 'function' ? entry : entry?.resolve;
    if (!rule) continue;
    field.subscribe = async (parent, args, ctx, info) => {
      const outcome = await rule(subscribe, parent, args, ctx, info);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    };
  }
}
