import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { buildOperationContext } from '@apollo/gateway';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import { getOperationAST, Kind, print, type DocumentNode, type GraphQLSchema } from 'graphql';
import { policyOf, type SubscriptionPolicy } from './subscriptionPolicy.ts';

type OperationContext = ReturnType<typeof buildOperationContext>;

/** Distinct subscription documents whose plans are kept. */
const PLAN_CACHE_SIZE = 1_000;

/** What executing one subscription needs, computed once per document. */
export interface SubscriptionPlan {
  /** The root field's fetch from its owning subgraph: what is subscribed upstream. */
  primary: FetchNode;
  /** The fetches that resolve the other subgraphs' fields of each event (`_entities`), possibly none. */
  rest: PlanNode[];
  policy: SubscriptionPolicy;
  operationContext: OperationContext;
}

/** One loaded supergraph, as the subscription executor needs it. */
export interface PlannerState {
  /** The client-facing schema (graphql-js) that documents are validated against. */
  apiSchema: GraphQLSchema;
  /** The supergraph as graphql-js, for `executeQueryPlan`. */
  supergraphSchema: GraphQLSchema;
  /** The API schema as federation-internals, for `executeQueryPlan`. */
  apiSchemaInternal: Schema;
  plan(document: DocumentNode, operationName: string | undefined): SubscriptionPlan;
}

/**
 * Plans subscriptions with the same query planner and supergraph the gateway uses for queries (built from
 * the same core SDL on every schema load), so each event's fields resolve exactly as a query's would.
 * Plans are cached by document text and operation name.
 */
export function createPlannerState(coreSupergraphSdl: string, apiSchema: GraphQLSchema): PlannerState {
  const supergraph = Supergraph.build(coreSupergraphSdl);
  const planner = new QueryPlanner(supergraph);
  const apiSchemaInternal = supergraph.apiSchema();
  const cache = new Map<string, SubscriptionPlan>();

  return {
    apiSchema,
    supergraphSchema: supergraph.schema.toGraphQLJSSchema(),
    apiSchemaInternal,
    plan(document, operationName) {
      const key = `${operationName ?? ''}\u0000${print(document)}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const operation = operationFromDocument(apiSchemaInternal, document, { operationName });
      const node = planner.buildQueryPlan(operation).node;
      let primary: FetchNode;
      let rest: PlanNode[] = [];
      if (node?.kind === 'Subscription') {
        primary = node.primary;
        if (node.rest) rest = node.rest.kind === 'Sequence' ? node.rest.nodes : [node.rest];
      } else if (node?.kind === 'Fetch') {
        // With the planner's single-subgraph bypass the plan is one fetch: all of it is the primary.
        primary = node;
      } else {
        throw new Error(`unexpected subscription plan root ${node?.kind ?? 'none'}`);
      }
      const plan: SubscriptionPlan = {
        primary,
        rest,
        policy: policyOf(supergraph.schema, rootFieldName(document, operationName)),
        operationContext: buildOperationContext({ schema: apiSchema, operationDocument: document, operationName }),
      };
      cache.set(key, plan);
      if (cache.size > PLAN_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return plan;
    },
  };
}

/** The one root field of a (validated) subscription operation. */
function rootFieldName(document: DocumentNode, operationName: string | undefined): string {
  const operation = getOperationAST(document, operationName);
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  let selections = operation?.selectionSet.selections ?? [];
  // Validation (single root field) already ran; fragments and inline fragments may still wrap the field.
  for (;;) {
    const first = selections[0];
    if (!first) throw new Error('subscription without a root field');
    if (first.kind === Kind.FIELD) return first.name.value;
    selections = first.kind === Kind.INLINE_FRAGMENT ? first.selectionSet.selections : (fragments.get(first.name.value)?.selectionSet.selections ?? []);
  }
}
