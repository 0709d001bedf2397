import { executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context.ts';
import type { PlannerState, SubscriptionPlan } from './subscriptionPlanner.ts';

/** The name the event stands in for the primary fetch under; no subgraph can be called that. */
const EVENT_SOURCE = '__subscription_event__';

/** One event from the upstream subscription, as graphql-ws delivered it. */
export interface UpstreamEvent {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Resolves one event the way the gateway resolves a query: a plan whose first fetch is "the event" (the
 * primary fetch's answer, already received) followed by the rest of the subscription's plan, run by the
 * gateway's own `executeQueryPlan`. The gateway's result shaping then applies the client's selection,
 * aliases, fragments, @include/@skip and null rules, and subgraph errors keep their paths. Errors are masked
 * with the gateway's own formatter.
 */
export async function executeEvent(options: {
  event: UpstreamEvent;
  plan: SubscriptionPlan;
  planner: PlannerState;
  dataSources: ReadonlyMap<string, GraphQLDataSource<GatewayContext>>;
  variables: Record<string, unknown>;
  operationName: string | undefined;
  context: GatewayContext;
  formatError: ErrorFormatter;
}): Promise<{ data?: unknown; errors?: GraphQLFormattedError[] }> {
  const { plan, event } = options;
  const queryPlan: QueryPlan = {
    kind: 'QueryPlan',
    node: { kind: 'Sequence', nodes: [{ ...plan.primary, serviceName: EVENT_SOURCE }, ...plan.rest] },
  };
  const eventSource = { process: async () => ({ data: event.data ?? null, errors: event.errors as never }) } as GraphQLDataSource<GatewayContext>;
  const serviceMap = Object.fromEntries([...options.dataSources, [EVENT_SOURCE, eventSource]]);
  const requestContext = {
    request: { query: '', variables: options.variables, operationName: options.operationName },
    context: options.context,
    logger: options.context.logger,
    metrics: {},
    cache: undefined,
    overallCachePolicy: undefined,
    operationName: options.operationName ?? null,
    document: plan.operationContext.operation,
    source: '',
    queryHash: '',
  } as unknown as Parameters<typeof executeQueryPlan>[2];
  const result = await executeQueryPlan(queryPlan, serviceMap, requestContext, plan.operationContext, options.planner.supergraphSchema, options.planner.apiSchemaInternal);
  const errors = result.errors?.map((error) => options.formatError(error.toJSON(), error));
  return errors?.length ? { data: result.data, errors } : { data: result.data };
}
