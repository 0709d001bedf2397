import type { DocumentNode } from 'graphql';
import type { WebSocket } from 'ws';
import { ErrorCode } from '@attendgate/platform';
import type { Caller } from '../auth.ts';
import { ExecutionGroup, type GroupDependencies } from './executionGroup.ts';
import { SubscriberChannel, type ChannelLimits } from './subscriberChannel.ts';
import { canonical, type UpstreamPool } from './upstreamPool.ts';
import { scopeIdentity } from './subscriptionScope.ts';

export interface ClientSubscription {
  /** The exact operation text: equal texts (with equal variables and scope) share one execution per event. */
  query: string;
  document: DocumentNode;
  operationName: string | undefined;
  /** Coerced variable values. */
  variables: Record<string, unknown>;
  caller: Caller;
  socket: WebSocket;
  id: string;
}

/**
 * Every active federated subscription on this gateway replica, organised in two tiers of sharing:
 * upstream subscriptions (UpstreamPool: per subgraph, root operation, its variables and scope) feed
 * execution groups (per whole document, variables and scope), which feed the client channels.
 */
export class SubscriptionHub {
  readonly #deps: GroupDependencies;
  readonly #upstreams: UpstreamPool;
  readonly #limits: ChannelLimits;
  readonly #groups = new Map<string, { group: ExecutionGroup; unsubscribe: () => void }>();
  #channels = 0;

  constructor(options: { deps: GroupDependencies; upstreams: UpstreamPool; limits: ChannelLimits }) {
    this.#deps = options.deps;
    this.#upstreams = options.upstreams;
    this.#limits = options.limits;
  }

  get clientSubscriptions(): number {
    return this.#channels;
  }

  get executionGroups(): number {
    return this.#groups.size;
  }

  subscribe(request: ClientSubscription): SubscriberChannel {
    const plan = this.#deps.planner().plan(request.document, request.operationName);
    const scope = scopeIdentity(plan.policy.scope, request.caller);
    const key = JSON.stringify([scope.key, request.operationName ?? null, request.query, canonical(request.variables)]);
    let entry = this.#groups.get(key);
    if (!entry) {
      // Only this group: after a schema reload another group may hold the same key.
      const forget = () => {
        if (this.#groups.get(key)?.group === group) this.#groups.delete(key);
      };
      const group = new ExecutionGroup({ deps: this.#deps, plan, variables: request.variables, operationName: request.operationName, scope: { ...scope } });
      const primaryVariables = Object.fromEntries(
        (plan.primary.variableUsages ?? []).filter((name) => name in request.variables).map((name) => [name, request.variables[name]]),
      );
      const unsubscribe = this.#upstreams.subscribe(
        {
          subgraph: plan.primary.serviceName,
          scopeKey: scope.key,
          authorization: scope.authorization,
          query: plan.primary.operation,
          operationName: plan.primary.operationName,
          variables: primaryVariables,
        },
        {
          next: (event) => group.onEvent(event),
          error: (errors) => {
            forget();
            // A subgraph's own words (an internal message, a host name) are masked like any subgraph error.
            group.end({ errors: errors.map((error) => this.#deps.formatError(error, error)) });
          },
          complete: () => {
            forget();
            group.end(undefined);
          },
        },
      );
      entry = { group, unsubscribe };
      this.#groups.set(key, entry);
    } else {
      entry.group.authorization = scope.authorization;
    }
    const { group } = entry;
    this.#channels++;
    const channel = new SubscriberChannel({
      socket: request.socket,
      id: request.id,
      limits: this.#limits,
      metrics: this.#deps.metrics,
      onEnd: (ended) => {
        this.#channels--;
        group.members.delete(ended);
        const current = this.#groups.get(key);
        if (current?.group === group && group.members.size === 0) {
          this.#groups.delete(key);
          current.unsubscribe();
        }
      },
    });
    group.join(channel);
    return channel;
  }

  /** Ends every subscription because the supergraph changed; clients resubscribe against the new one. */
  endAllForSchemaReload(): void {
    const payload = {
      errors: [{ message: 'The API schema changed; subscribe again.', extensions: { code: ErrorCode.SUBSCRIPTION_SCHEMA_RELOAD } }],
    };
    for (const { group } of [...this.#groups.values()]) group.end(payload);
  }
}
