import { createRequire } from 'node:module';
import util from 'node:util';
import type { GraphQLSchema } from 'graphql';
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
  return middlewareLib.applyMiddleware(schema, permissions);
}
