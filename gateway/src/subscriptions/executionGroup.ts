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
 * and written to every member. Events are resolved in order, one at a time per group.
 */
export class ExecutionGroup {
  readonly members = new Set<SubscriberChannel>();
  readonly #deps: GroupDependencies;
  readonly #plan: SubscriptionPlan;
  readonly #variables: Record<string, unknown>;
  readonly #operationName: string | undefined;
  readonly #scope: ScopeIdentity;
  /** Events to resolve, in order; an `end` marker ends the group after the events before it. */
  readonly #queue: ({ event: UpstreamEvent } | { end: string | undefined })[] = [];
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

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#queue.length && this.members.size) {
        const item = this.#queue.shift()!;
        if ('end' in item) {
          for (const member of [...this.members]) member.endWith(item.end);
          continue;
        }
        const { event } = item;
        const started = performance.now();
        const result = await this.#resolve(event);
        this.#deps.metrics.eventExecutionSeconds.observe((performance.now() - started) / 1000);
        const json = JSON.stringify(result);
        if (this.#plan.policy.replayLatest) this.#latest = json;
        for (const member of this.members) member.deliver(json);
      }
    } finally {
      this.#running = false;
    }
  }

  async #resolve(event: UpstreamEvent): Promise<unknown> {
    const requestId = `subscription:${this.#operationName ?? 'anonymous'}:${++this.#sequence}`;
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
    }
  }
}
