import { randomUUID } from 'node:crypto';
import { eventsStub, startTestStack, subscribeThroughGateway, type LiveMessage } from '@attendgate/gateway/testing';
import { eventually } from '@attendgate/platform/testing';
import {
  createDomainEventPublisher, domainEventCatalog, domainEventTopic, type DomainEvent, type DomainEventData, type DomainEventType, type MediaChannel, type Role,
} from '@attendgate/platform';
import type { SimulatorServer } from '@attendgate/simulators';
import type { Client } from 'graphql-ws';
import analytics from '../../src/index.ts';

/** Channel calls and windows in milliseconds; the schedule far away unless a file turns it on. */
export const FAST_SETTINGS: Record<string, string> = {
  ANALYTICS_CHANNEL_TIMEOUT_MS: '1000',
  ANALYTICS_CHANNEL_BREAKER_HALF_OPEN_AFTER_MS: '600000',
  ANALYTICS_CHANNEL_STATS_INTERVAL_MS: '3600000',
  ANALYTICS_LIVE_INTERVAL_MS: '100',
  ANALYTICS_REFRESH_MIN_INTERVAL_MS: '0',
  GATEWAY_RATE_LIMIT_PER_MINUTE: '100000',
};

export interface GraphqlResult {
  status: number;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export type AnalyticsStack = Awaited<ReturnType<typeof startAnalyticsStack>>;

const DAY_MS = 24 * 3600_000;

export interface TestEvent {
  eventId: string;
  ownerId: string;
  ownerToken: string;
}

/** A domain event envelope as the producer's publisher makes it, for tests that deliver it themselves. */
export function envelope<Type extends DomainEventType>(type: Type, data: DomainEventData<Type>, occurredAt = new Date()): DomainEvent<Type> {
  const contract = domainEventCatalog[type];
  return { id: randomUUID(), type, version: contract.version, source: contract.source, occurredAt: occurredAt.toISOString(), data: contract.data.parse(data) as DomainEventData<Type> };
}

/**
 * The simulators, the analytics subgraph, a stand-in events subgraph and the gateway. Domain events are
 * published the way their producers publish them (the platform's publisher for their source, into the same
 * pg-boss queue), and consumed by analytics' real consumers.
 */
export async function startAnalyticsStack(settings: Record<string, string> = {}) {
  const stack = await startTestStack({ subgraphs: [analytics, eventsStub], env: { ...FAST_SETTINGS, ...settings }, simulators: true });
  // Producers' side: the stand-in events subgraph's connections to the same database, so events can be
  // published (and tables read) while analytics itself is stopped.
  const { orm, queue } = stack.subgraphs.events!.runtime;
  const clients: Client[] = [];

  async function sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    return orm.em.fork().execute<T[]>(text, values);
  }

  const self = {
    ...stack,
    simulators: stack.simulators as SimulatorServer,
    /** The running analytics subgraph (a new instance after `startSubgraph`). */
    get subgraph() {
      return stack.subgraphs.analytics!;
    },
    sql,
    graphql: (request: { query: string; variables?: Record<string, unknown>; token?: string }) => stack.graphql(request) as Promise<GraphqlResult>,
    token: (userId: string, role: Role) => stack.issueAccessToken({ userId, role }),

    /** Publishes a domain event as its producer would (in a transaction of its own); returns the envelope id. */
    async publish<Type extends DomainEventType>(type: Type, data: DomainEventData<Type>): Promise<string> {
      const publisher = createDomainEventPublisher(domainEventCatalog[type].source, queue);
      return (await orm.em.fork().transactional((em) => publisher.publish(em, type, data))).id;
    },

    /** Delivers an exact envelope (a redelivery or a replay keeps its id). */
    async deliver(event: DomainEvent): Promise<void> {
      await orm.em.fork().transactional((em) => queue.publishInTransaction(em, domainEventTopic(event.type), event));
    },

    /** Waits until analytics has applied the envelopes with these ids. */
    async applied(ids: string[], timeoutMs = 15_000): Promise<void> {
      await eventually(async () => {
        const [row] = await sql<{ n: number }>(`select count(*)::int as n from analytics.processed_domain_event where event_id in (${ids.map(() => '?').join(', ')})`, ids);
        return row!.n === ids.length ? true : undefined;
      }, timeoutMs);
    },

    /** An event an owner created and published (EventCreated then EventPublished), applied by analytics. */
    async publishedEvent(overrides: Partial<DomainEventData<'EventPublished'>> = {}): Promise<TestEvent> {
      const now = Date.now();
      const ownerId = overrides.ownerId ?? randomUUID();
      const eventId = overrides.eventId ?? randomUUID();
      const purpose = overrides.purpose ?? 'NEW_CUSTOMERS';
      const created = await self.publish('EventCreated', { eventId, ownerId, purpose, storeCategory: '카페', region: '서울 마포구', createdAt: new Date(now - DAY_MS).toISOString() });
      const published = await self.publish('EventPublished', {
        eventId, ownerId, title: '가을맞이 커피 이벤트', purpose,
        channels: ['LOCAL_TV', 'INSTAGRAM', 'KAKAO_CHANNEL'],
        startsAt: new Date(now - DAY_MS).toISOString(), endsAt: new Date(now + 7 * DAY_MS).toISOString(), announcesAt: null,
        prize: { name: '아메리카노 쿠폰', quantity: 10, unitValueKrw: 4_500 }, publishedAt: new Date(now).toISOString(),
        ...overrides,
      });
      await self.applied([created, published]);
      return { eventId, ownerId, ownerToken: await self.token(ownerId, 'OWNER') };
    },

    /** A ParticipantRegistered for the event (a fresh customer unless `customerKey` is given). */
    entry(eventId: string, overrides: Partial<DomainEventData<'ParticipantRegistered'>> = {}): DomainEventData<'ParticipantRegistered'> {
      return {
        participationId: randomUUID(), eventId, entryNumber: '0001-1', entryPath: 'INSTAGRAM' as MediaChannel, storeVisited: false,
        customerKey: randomUUID().replaceAll('-', ''), contact: 'v1:test:sealed', registeredAt: new Date().toISOString(), ...overrides,
      };
    },

    /** Reads the dashboard through the gateway. */
    async dashboard(token: string, eventId: string, fields = DASHBOARD_FIELDS): Promise<GraphqlResult> {
      return self.graphql({ query: `query($id: ID!) { dashboard(eventId: $id) { ${fields} } }`, variables: { id: eventId }, token });
    },

    /** A live subscription through the gateway (graphql-ws), collecting what arrives. */
    subscribe(token: string, query: string, variables: Record<string, unknown>) {
      const live = subscribeThroughGateway(stack.gatewayUrl, token, query, variables);
      clients.push(live.client);
      return {
        messages: live.messages,
        /** The first message that satisfies `match`. */
        next: (match: (message: LiveMessage) => boolean, timeoutMs = 10_000) => eventually(async () => live.messages.find((message) => match(message)), timeoutMs),
      };
    },

    async stop() {
      await Promise.all(clients.splice(0).map((client) => client.dispose()));
      await stack.stop();
    },
  };
  return self;
}

export const DASHBOARD_FIELDS = `computedAt asOf source participantsTotal newCustomers returningCustomers storeVisits checkIns winners
  byChannel { channel distribution distributionError costKrw participants views reach conversionRate stats statsCollectedAt }
  byHour(last: 24) { start participants } byDay { start participants }
  views reach conversionRate cost { prizeKrw distributionKrw totalKrw } estimatedValueKrw roi costPerParticipantKrw`;

export { eventually };
export { firstErrorOf as firstError } from '@attendgate/gateway/testing';
