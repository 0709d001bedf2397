import {
  getOperationAST, getVariableValues, GraphQLError, parse, specifiedRules, validate,
  type DocumentNode, type OperationDefinitionNode, type ValidationRule,
} from 'graphql';
import { ErrorCode } from '@attendgate/platform';
import type { PlannerState } from './subscriptionPlanner.ts';

export type Intake =
  | { ok: true; document: DocumentNode; operation: OperationDefinitionNode; variables: Record<string, unknown> }
  | { ok: false; errors: GraphQLError[] };

/**
 * Checks one operation arriving over the socket before anything runs: parse (with the token cap), and for
 * subscriptions the same validation as HTTP (graphql-js's rules plus depth, aliases and cost) and variable
 * coercion. Queries and mutations are only parsed here: Apollo Server validates them as it does for HTTP.
 */
export function intake(options: {
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  planner: PlannerState | undefined;
  maxTokens: number;
  limitRules: readonly ValidationRule[];
}): Intake {
  let document: DocumentNode;
  try {
    document = parse(options.query, { maxTokens: options.maxTokens });
  } catch (error) {
    return failed(error instanceof GraphQLError ? error.message : 'The operation could not be parsed.', 'GRAPHQL_PARSE_FAILED');
  }
  const operation = getOperationAST(document, options.operationName);
  if (!operation) return failed('The document names no operation to run (or several, without an operationName).', 'GRAPHQL_VALIDATION_FAILED');
  if (operation.operation !== 'subscription') return { ok: true, document, operation, variables: options.variables ?? {} };

  if (!options.planner) return failed('The API schema is not loaded yet; try again shortly.', ErrorCode.UPSTREAM_UNAVAILABLE);
  const validationErrors = validate(options.planner.apiSchema, document, [...specifiedRules, ...options.limitRules]);
  if (validationErrors.length) {
    return {
      ok: false,
      errors: validationErrors.map((error) =>
        error.extensions.code ? error : new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ),
    };
  }
  const coerced = getVariableValues(options.planner.apiSchema, operation.variableDefinitions ?? [], options.variables ?? {}, { maxErrors: 10 });
  if (coerced.errors) return { ok: false, errors: coerced.errors.map((error) => new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT } })) };
  return { ok: true, document, operation, variables: coerced.coerced };
}

function failed(message: string, code: string): Intake {
  return { ok: false, errors: [new GraphQLError(message, { extensions: { code } })] };
}
