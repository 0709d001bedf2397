import type { GraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '@attendgate/platform';
import type { GatewayContext } from '../context.ts';
import { executeEvent, type ErrorFormatter, type UpstreamEvent } from './eventExecutor.ts';
import type { SubscriberChannel } from './subscriberChannel.ts';
import type { SubscriptionMetrics } from './subscriptionMetrics.ts';
import type { PlannerState, SubscriptionPlan } from './subscriptionPlanner.ts';
import type { ScopeIdentity } from './subscriptionScope.ts';

/** Events a group holds while it is still resolving an earlier one; beyond this the oldest are dropped. */
const MAX_QUEUED_EVENTS = 100;
/**
 * Events resolved while an earlier one is still being resolved or sent: an event's entity fetches are mostly
 * waiting on other subgraphs, so they overlap the fan-out of the event before instead of adding to it.
 */
const EVENTS_RESOLVED_AHEAD = 4;

export interface GroupDependencies {
  planner: () => PlannerState;
  dataSources: ReadonlyMap<string, GraphQLDataSource<GatewayContext>>;
  formatError: ErrorFormatter;
  metrics: SubscriptionMetrics;
  logger: Logger;
}

/**
 * Client subscriptions with the same document, operation, variables and scope: each upstream event is
 * resolved once for all of them (the rest of the plan, one `_entities` round per subgraph), serialized once,
 * and written to every member. Events are delivered in the order they came; a few are resolved ahead.
 */
export class ExecutionGroup {
  readonly members = new Set<SubscriberChannel>();
  readonly #deps: GroupDependencies;
  readonly #plan: SubscriptionPlan;
  readonly #variables: Record<string, unknown>;
  readonly #operationName: string | undefined;
  readonly #scope: ScopeIdentity;
  /**
   * Events to deliver, in order, each with its result once resolving started; an `end` marker ends the group
   * after the events before it.
   */
  readonly #queue: ({ event: UpstreamEvent; result?: Promise<unknown> } | { end: string | undefined })[] = [];
  #running = false;
  #latest: string | undefined;
  #sequence = 0;

  constructor(options: { deps: GroupDependencies; plan: SubscriptionPlan; variables: Record<string, unknown>; operationName: string | undefined; scope: ScopeIdentity }) {
    this.#deps = options.deps;
    this.#plan = options.plan;
    this.#variables = options.variables;
    this.#operationName = options.operationName;
    this.#scope = options.scope;
  }

  /** The freshest credential of the scope (a later member may hold a newer token of the same user). */
  set authorization(value: string | undefined) {
    this.#scope.authorization = value;
  }

  join(channel: SubscriberChannel): void {
    this.members.add(channel);
    if (this.#plan.policy.replayLatest && this.#latest !== undefined) channel.deliver(this.#latest);
  }

  onEvent(event: UpstreamEvent): void {
    this.#deps.metrics.eventsIn.inc();
    this.#queue.push({ event });
    if (this.#queue.length > MAX_QUEUED_EVENTS) {
      this.#queue.shift();
      this.#deps.metrics.messagesDropped.inc(this.members.size);
    }
    this.#resolveAhead();
    if (!this.#running) void this.#drain();
  }

  /**
   * Ends every member's subscription with a final result (or none), after the events received before it:
   * a subgraph's last event followed at once by `complete` must still reach the clients.
   */
  end(payload: unknown): void {
    this.#queue.push({ end: payload === undefined ? undefined : JSON.stringify(payload) });
    if (!this.#running) void this.#drain();
  }

  /** Starts resolving the first few queued events (results are still delivered in order). */
  #resolveAhead(): void {
    for (let i = 0; i < Math.min(this.#queue.length, EVENTS_RESOLVED_AHEAD); i++) {
      const item = this.#queue[i]!;
      if ('event' in item) item.result ??= this.#resolve(item.event);
    }
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#queue.length && this.members.size) {
        const item = this.#queue.shift()!;
        if ('end' in item) {
          for (const member of [...this.members]) member.endWith(item.end);
          continue;
        }
        const pending = item.result ?? this.#resolve(item.event);
        this.#resolveAhead();
        const result = await pending;
        const json = JSON.stringify(result);
        if (this.#plan.policy.replayLatest) this.#latest = json;
        for (const member of this.members) member.deliver(json);
      }
    } finally {
      this.#running = false;
    }
  }

  /** Never rejects: a failure becomes the event's (masked) error result. */
  async #resolve(event: UpstreamEvent): Promise<unknown> {
    const requestId = `subscription:${this.#operationName ?? 'anonymous'}:${++this.#sequence}`;
    const started = performance.now();
    try {
      return await executeEvent({
        event,
        plan: this.#plan,
        planner: this.#deps.planner(),
        dataSources: this.#deps.dataSources,
        variables: this.#variables,
        operationName: this.#operationName,
        context: { requestId, auth: null, authorization: this.#scope.authorization, logger: this.#deps.logger },
        formatError: this.#deps.formatError,
      });
    } catch (error) {
      // A failure of the executor itself (not of a subgraph): masked like any unexpected error.
      return { data: null, errors: [this.#deps.formatError({ message: 'Internal server error.' }, error)] };
    } finally {
      this.#deps.metrics.eventExecutionSeconds.observe((performance.now() - started) / 1000);
    }
  }
}
