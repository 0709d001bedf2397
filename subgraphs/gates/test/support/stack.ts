import { randomBytes, randomUUID } from 'node:crypto';
import { createDomainEventPublisher, domainEventTopic, sealPersonalData, type DomainEvent, type DomainEventData, type DomainEventType } from '@attendgate/platform';
import { eventsStub, startTestStack, type TestStack } from '@attendgate/gateway/testing';
import type { SimulatorServer } from '@attendgate/simulators';
import gates from '../../src/index.ts';
import { CUSTOMER_KEY_PURPOSE } from '../../src/services/credentials.ts';
import { clearRetained, testBroker } from './broker.ts';

/**
 * Gate timings in milliseconds, so acknowledgement timeouts and heartbeat loss happen in a test's time.
 * Files override what their scenario needs.
 */
export const FAST_SETTINGS: Record<string, string> = {
  GATES_COMMAND_ACK_TIMEOUT_MS: '1500',
  GATES_HEARTBEAT_INTERVAL_MS: '200',
  GATES_HEARTBEAT_TIMEOUT_MS: '1500',
  GATES_MONITOR_INTERVAL_MS: '100',
  GATES_TELEMETRY_INTERVAL_MS: '60000',
  GATES_LIVE_OCCUPANCY_INTERVAL_MS: '50',
  GATES_OPEN_PULSE_MS: '100',
  GATES_MQTT_PUBLISH_TIMEOUT_MS: '1000',
  GATES_MQTT_RETRY_DELAY_MS: '50',
  GATES_MESSAGING_RETRY_DELAY_MS: '50',
  GATES_MESSAGING_MAX_RETRY_DELAY_MS: '100',
};

export interface GraphqlResult {
  status: number;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export type GatesStack = Awaited<ReturnType<typeof startGatesStack>>;

/**
 * The simulators (gate controllers connected to the broker under this file's own topic root), the gates
 * subgraph, a stand-in events subgraph (Event's title and status) and the gateway.
 */
export async function startGatesStack(settings: Record<string, string> = {}, options: { mqttUrl?: string } = {}) {
  const broker = options.mqttUrl ? { url: options.mqttUrl, embedded: null } : await testBroker();
  const topicRoot = `test/${randomBytes(6).toString('hex')}`;
  let stack: TestStack;
  try {
    stack = await startTestStack({
      subgraphs: [gates, eventsStub],
      env: { ...FAST_SETTINGS, GATES_MQTT_URL: broker.url, GATES_MQTT_TOPIC_ROOT: topicRoot, ...settings },
      simulators: true,
    });
  } catch (error) {
    await broker.embedded?.stop();
    throw error;
  }
  const simulators = stack.simulators as SimulatorServer;
  await simulators.gateController.connect({ url: broker.url, topicRoot });
  const subgraph = stack.subgraphs.gates!;
  const runtime = subgraph.runtime;
  const tokens = new Map<string, string>();

  const self = {
    ...stack,
    simulators,
    subgraph,
    topicRoot,
    mqttUrl: broker.url,
    graphql: (request: { query: string; variables?: Record<string, unknown>; token?: string }) => stack.graphql(request) as Promise<GraphqlResult>,
    /** A token for a user of this role (one user per label, so tests can act as several people). */
    async tokenFor(role: 'OPERATOR' | 'ADMIN' | 'CUSTOMER' | 'OWNER', label: string = role, userId: string = randomUUID()): Promise<string> {
      const key = `${role}:${label}`;
      if (!tokens.has(key)) tokens.set(key, await stack.issueAccessToken({ userId, role }));
      return tokens.get(key)!;
    },
    /** Runs SQL (`?` placeholders) on the gates database, to prove what was, or was not, written. */
    sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
      return runtime.orm.em.fork().getConnection().execute<T[]>(text, values);
    },
    /**
     * Publishes a domain event as its producing subgraph does (the platform publisher, for that source, into
     * the real queue, inside a transaction): how other subgraphs' facts reach gates in these tests.
     */
    async produce<Type extends DomainEventType>(source: string, type: Type, data: DomainEventData<Type>): Promise<void> {
      const publisher = createDomainEventPublisher(source, runtime.queue);
      await runtime.orm.em.fork().transactional((tx) => publisher.publish(tx, type, data));
    },
    /**
     * Subscribes a queue of the test's own to a domain event, as a consuming subgraph would, and reads what
     * arrived on it: proof that gates published the event (in the real queue, after its transaction).
     */
    async watchDomainEvents<Type extends DomainEventType>(type: Type) {
      const name = `test.watch.${type}.${randomBytes(4).toString('hex')}`;
      await runtime.queue.createQueue({ name });
      await runtime.queue.subscribe(domainEventTopic(type), name);
      return {
        events: async () => (await self.sql<{ data: DomainEvent<Type> }>(`select data from pgboss.job where name = ? order by created_on`, [name])).map((row) => row.data),
      };
    },
    customerKey: (phone: string) => runtime.blindIndex(CUSTOMER_KEY_PURPOSE, phone),
    sealContact: (name: string, phone: string) => sealPersonalData(runtime.cipher, 'ParticipantRegistered', { name, phone }),
    async stop() {
      await stack.stop();
      await clearRetained(broker.url, topicRoot).catch(() => {});
      await broker.embedded?.stop();
    },
  };
  return self;
}
