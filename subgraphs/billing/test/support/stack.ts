import { randomUUID } from 'node:crypto';
import { startTestStack } from '@attendgate/gateway/testing';
import { eventually } from '@attendgate/platform/testing';
import { consumerQueueName, createDomainEventPublisher, subscribeDomainEventConsumer, type DomainEventData, type DomainEventType, type Role, type SubgraphDefinition } from '@attendgate/platform';
import type { SimulatorServer } from '@attendgate/simulators';
import billing from '../../src/index.ts';

/**
 * KOS and gateway timeouts and reconciliation delays in milliseconds, so the resilience paths run in a
 * test's time. Files override what their scenario needs.
 */
export const FAST_SETTINGS: Record<string, string> = {
  BILLING_KOS_TIMEOUT_MS: '400',
  BILLING_PAYMENT_GATEWAY_TIMEOUT_MS: '400',
  BILLING_KOS_BREAKER_HALF_OPEN_AFTER_MS: '600000',
  BILLING_PAYMENT_GATEWAY_BREAKER_HALF_OPEN_AFTER_MS: '600000',
  BILLING_RECONCILE_AFTER_MS: '800',
  BILLING_RECONCILE_RETRY_DELAY_MS: '1000',
  BILLING_NOT_RECEIVED_AFTER_MS: '2500',
  GATEWAY_RATE_LIMIT_PER_MINUTE: '100000',
};

export interface GraphqlResult {
  status: number;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export type BillingStack = Awaited<ReturnType<typeof startBillingStack>>;

/** Who a test acts as: a fresh user id with a role and a token for it. */
export interface Actor {
  userId: string;
  role: Role;
  token: string;
}

/** The simulators, the billing subgraph (plus `extra` subgraphs) and the gateway, with `settings` on top of FAST_SETTINGS. */
export async function startBillingStack(settings: Record<string, string> = {}, extra: SubgraphDefinition<any, any>[] = []) {
  const stack = await startTestStack({ subgraphs: [...extra, billing], env: { ...FAST_SETTINGS, ...settings }, simulators: true });
  const subgraph = stack.subgraphs.billing!;
  const runtime = subgraph.runtime;
  return {
    ...stack,
    simulators: stack.simulators as SimulatorServer,
    subgraph,
    graphql: (request: { query: string; variables?: Record<string, unknown>; token?: string }) => stack.graphql(request) as Promise<GraphqlResult>,
    /** A new user of the role, with a token (the users subgraph is not needed to act as someone). */
    async actor(role: Role, userId: string = randomUUID()): Promise<Actor> {
      return { userId, role, token: await stack.issueAccessToken({ userId, role }) };
    },
    /** Runs SQL (`?` placeholders) on the billing database, to prove what was, or was not, written. */
    sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
      return runtime.orm.em.fork().getConnection().execute<T[]>(text, values);
    },
    /** Publishes a domain event as its producer would: the platform publisher, in a transaction, into the real queue. */
    async publishAs<Type extends DomainEventType>(source: string, type: Type, data: DomainEventData<Type>): Promise<string> {
      const publisher = createDomainEventPublisher(source, runtime.queue);
      return (await runtime.orm.em.fork().transactional((em) => publisher.publish(em, type, data))).id;
    },
    /** Waits until billing has applied the domain events with these envelope ids. */
    async applied(eventIds: string[]): Promise<void> {
      await eventually(async () => {
        const rows = await runtime.orm.em.fork().getConnection().execute<{ n: number }[]>(
          `select count(*)::int as n from billing.processed_domain_event where event_id in (${eventIds.map(() => '?').join(', ')})`, eventIds,
        );
        return rows[0]!.n === eventIds.length ? true : undefined;
      });
    },
    /**
     * Subscribes a test consumer to events billing publishes, so that they are kept in a queue the test reads
     * (without a subscriber, a published event goes nowhere).
     */
    async listenTo(types: DomainEventType[]): Promise<(type: DomainEventType) => Promise<any[]>> {
      await subscribeDomainEventConsumer(() => runtime.queue, 'billingtest', types);
      return async (type) => {
        const rows = await runtime.orm.em.fork().getConnection().execute<{ data: any }[]>(
          'select data from pgboss.job where name = ? order by created_on', [consumerQueueName('billingtest', type)],
        );
        return rows.map((row) => row.data);
      };
    },
  };
}

export { firstErrorOf as firstError } from '@attendgate/gateway/testing';
export { eventually };

let numberCounter = 0;
const numberBase = 10_000_000 + Math.floor(Math.random() * 80_000_000);

/** A fresh 010 number the KOS simulator answers by its default rule (never ending in 0000). */
export function freshLineNumber(): string {
  numberCounter += 1;
  let digits = String(numberBase + numberCounter * 7).padStart(8, '0').slice(-8);
  if (digits.endsWith('0000')) digits = `${digits.slice(0, 7)}1`;
  return `010${digits}`;
}

export const REGISTER_LINE = `mutation($userId: ID!, $phoneNumber: String!) { registerLine(userId: $userId, phoneNumber: $phoneNumber) { id maskedNumber number registeredAt user { id } } }`;

/** Registers `phoneNumber` to `owner` as `operator` and returns the line id. */
export async function registerLine(stack: BillingStack, operator: Actor, owner: Actor, phoneNumber: string): Promise<string> {
  const result = await stack.graphql({ query: REGISTER_LINE, variables: { userId: owner.userId, phoneNumber }, token: operator.token });
  if (!result.body.data?.registerLine) throw new Error(`registerLine failed: ${JSON.stringify(result.body.errors)}`);
  return result.body.data.registerLine.id;
}
