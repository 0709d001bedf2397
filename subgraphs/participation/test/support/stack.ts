import { randomUUID } from 'node:crypto';
import { eventsStub, startTestStack } from '@attendgate/gateway/testing';
import { eventually } from '@attendgate/platform/testing';
import { createDomainEventPublisher, domainEventTopic, type DomainEventData, type DomainEventType, type MediaChannel, type Role } from '@attendgate/platform';
import type { SimulatorServer } from '@attendgate/simulators';
import participation from '../../src/index.ts';

/** Settings in milliseconds and limits out of the way, so each file turns on what its scenario needs. */
export const FAST_SETTINGS: Record<string, string> = {
  PARTICIPATION_PHONE_RATE_LIMIT: '1000',
  PARTICIPATION_ADDRESS_RATE_LIMIT: '0',
  PARTICIPATION_SMS_TIMEOUT_MS: '500',
  PARTICIPATION_SMS_RETRIES: '2',
  PARTICIPATION_SMS_RETRY_DELAY_MS: '20',
  PARTICIPATION_SMS_MAX_RETRY_DELAY_MS: '40',
  PARTICIPATION_SMS_BREAKER_HALF_OPEN_AFTER_MS: '60000',
  PARTICIPATION_WINNER_SMS_JOB_RETRIES: '2',
  PARTICIPATION_WINNER_SMS_JOB_RETRY_DELAY_MS: '1000',
  GATEWAY_RATE_LIMIT_PER_MINUTE: '100000',
};

export interface GraphqlResult {
  status: number;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export type ParticipationStack = Awaited<ReturnType<typeof startParticipationStack>>;

const DAY_MS = 24 * 3600_000;

export interface TestEvent {
  eventId: string;
  ownerId: string;
  ownerToken: string;
  channels: MediaChannel[];
}

/**
 * The simulators, the participation subgraph, a stand-in events subgraph and the gateway. Events are
 * published the way the events subgraph publishes them: the platform's publisher for source `events`, into
 * the same pg-boss queue, consumed by participation's real consumer.
 */
export async function startParticipationStack(settings: Record<string, string> = {}) {
  const stack = await startTestStack({ subgraphs: [participation, eventsStub], env: { ...FAST_SETTINGS, ...settings }, simulators: true });
  const subgraph = stack.subgraphs.participation!;
  const orm = subgraph.runtime.orm;
  const eventsPublisher = createDomainEventPublisher('events', subgraph.runtime.queue);

  async function sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    return orm.em.fork().execute<T[]>(text, values);
  }

  /** Publishes an event as the events subgraph would (in its own transaction). */
  async function publishDomainEvent<Type extends DomainEventType>(type: Type, data: DomainEventData<Type>) {
    await orm.em.fork().transactional((em) => eventsPublisher.publish(em, type, data));
  }

  const self = {
    ...stack,
    simulators: stack.simulators as SimulatorServer,
    subgraph,
    sql,
    eventually,
    publishDomainEvent,
    graphql: (request: { query: string; variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> }) =>
      stack.graphql(request) as Promise<GraphqlResult>,
    token: (userId: string, role: Role) => stack.issueAccessToken({ userId, role }),

    /**
     * Publishes an event as the events subgraph does when an owner approves it, and waits until participation
     * has applied it. Defaults: open now for a week, every channel, announced a day after it ends.
     */
    async publishEvent(overrides: Partial<DomainEventData<'EventPublished'>> = {}): Promise<TestEvent> {
      const now = Date.now();
      const data: DomainEventData<'EventPublished'> = {
        eventId: randomUUID(),
        ownerId: randomUUID(),
        title: '가을맞이 커피 이벤트',
        purpose: 'NEW_CUSTOMERS',
        channels: ['LOCAL_TV', 'INSTAGRAM', 'KAKAO_CHANNEL'],
        startsAt: new Date(now - DAY_MS).toISOString(),
        endsAt: new Date(now + 7 * DAY_MS).toISOString(),
        announcesAt: new Date(now + 8 * DAY_MS).toISOString(),
        prize: { name: '아메리카노 쿠폰', quantity: 3, unitValueKrw: 4_500 },
        publishedAt: new Date(now).toISOString(),
        ...overrides,
      };
      await publishDomainEvent('EventPublished', data);
      await self.waitForFacts(data.eventId, (row) => row.published_event_at !== null);
      return { eventId: data.eventId, ownerId: data.ownerId, ownerToken: await self.token(data.ownerId, 'OWNER'), channels: data.channels };
    },

    /** Waits until the event's facts row satisfies `condition`. */
    waitForFacts(eventId: string, condition: (row: Record<string, any>) => boolean = () => true) {
      return eventually(async () => {
        const [row] = await sql('select * from "participation"."event_facts" where id = ?', [eventId]);
        return row && condition(row) ? row : undefined;
      });
    },

    /**
     * Subscribes a probe queue to a domain event topic, as a consumer subgraph's migration does, so tests can
     * read what was published. Returns a function that lists the payloads received so far.
     */
    async probe<Type extends DomainEventType>(type: Type): Promise<() => Promise<DomainEventData<Type>[]>> {
      const name = `probe-${randomUUID().slice(0, 8)}.on.${type}`;
      await subgraph.runtime.queue.createQueue({ name });
      await subgraph.runtime.queue.subscribe(domainEventTopic(type), name);
      return async () => {
        const rows = await sql<{ data: { data: DomainEventData<Type> } }>('select data from pgboss.job where name = ? order by created_on', [name]);
        return rows.map((row) => row.data.data);
      };
    },

    /** Entries of an event as stored. */
    async entries(eventId: string) {
      return sql<Record<string, any>>('select * from "participation"."participation" where event_id = ? order by entry_sequence', [eventId]);
    },
  };
  return self;
}

export const PARTICIPATE = `mutation Participate($eventId: ID!, $name: String!, $phone: String!, $entryPath: MediaChannel!, $consent: Boolean!, $storeVisited: Boolean) {
  participate(eventId: $eventId, name: $name, phone: $phone, entryPath: $entryPath, consent: $consent, storeVisited: $storeVisited) { entryNumber announcesAt message }
}`;

let phoneCounter = 0;
const phoneBase = 1000 + Math.floor(Math.random() * 8000);
/** A fresh 010 mobile number for this file. */
export function uniquePhone(): string {
  phoneCounter += 1;
  return `010${phoneBase}${String(phoneCounter).padStart(4, '0')}`;
}

export function entryInput(eventId: string, overrides: Record<string, unknown> = {}) {
  return { eventId, name: '김철수', phone: uniquePhone(), entryPath: 'INSTAGRAM', consent: true, storeVisited: false, ...overrides };
}

export function participate(stack: ParticipationStack, input: Record<string, unknown>, headers?: Record<string, string>) {
  return stack.graphql({ query: PARTICIPATE, variables: input, ...(headers ? { headers } : {}) });
}

export { firstErrorOf as firstError } from '@attendgate/gateway/testing';
