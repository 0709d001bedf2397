import type { Counter, Histogram, MetricsRegistry } from '@attendgate/platform';

/** Execution-time buckets in seconds: most events resolve in milliseconds; the tail shows slow subgraphs. */
const EXECUTION_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface SubscriptionMetrics {
  eventsIn: Counter;
  messagesOut: Counter;
  messagesDropped: Counter;
  slowConsumersClosed: Counter;
  eventExecutionSeconds: Histogram;
}

/** The subscription counters the gateway exposes at /metrics; gauges read the live state when scraped. */
export function createSubscriptionMetrics(
  registry: MetricsRegistry,
  live: { clientSubscriptions(): number; upstreamSubscriptions(): number; executionGroups(): number; sockets(): number },
): SubscriptionMetrics {
  registry.gauge('ag_gateway_websocket_connections', 'Open client graphql-ws connections.', live.sockets);
  registry.gauge('ag_gateway_subscriptions_active', 'Active client subscriptions.', live.clientSubscriptions);
  registry.gauge('ag_gateway_upstream_subscriptions_active', 'Active subscriptions to subgraphs (after deduplication).', live.upstreamSubscriptions);
  registry.gauge('ag_gateway_subscription_groups_active', 'Groups of identical client subscriptions sharing one execution per event.', live.executionGroups);
  return {
    eventsIn: registry.counter('ag_gateway_subscription_events_total', 'Events received from subgraph subscriptions.'),
    messagesOut: registry.counter('ag_gateway_subscription_messages_total', 'Subscription messages sent to clients.'),
    messagesDropped: registry.counter('ag_gateway_subscription_messages_dropped_total', 'Messages dropped because a client read too slowly.'),
    slowConsumersClosed: registry.counter('ag_gateway_subscription_slow_consumers_closed_total', 'Client sockets closed because their send buffer passed the limit.'),
    eventExecutionSeconds: registry.histogram('ag_gateway_subscription_event_execution_seconds', 'Time to resolve one event for one group (rest of the plan).', EXECUTION_BUCKETS_SECONDS),
  };
}
