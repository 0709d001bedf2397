import { domainEventTopic, type DomainEvent, type DomainEventType } from '@attendgate/platform';
import type { EventsStack } from './stack.ts';

const TYPES: DomainEventType[] = ['EventCreated', 'EventPublished', 'DistributionCompleted', 'EventEnded'];
const queueOf = (type: DomainEventType) => `eventstest.on.${type}`;

/**
 * Subscribes a test consumer queue to each event this subgraph produces, as a consumer subgraph's migration
 * would, so the tests can read exactly what other subgraphs would receive (the queued envelopes).
 */
export async function listenToDomainEvents(stack: EventsStack): Promise<void> {
  const { queue } = stack.subgraph.runtime;
  for (const type of TYPES) {
    await queue.createQueue({ name: queueOf(type) });
    await queue.subscribe(domainEventTopic(type), queueOf(type));
  }
}

/** The envelopes of one type published for one event, oldest first. */
export async function publishedEvents<T extends DomainEventType>(stack: EventsStack, type: T, eventId: string): Promise<DomainEvent<T>[]> {
  const rows = await stack.sql<{ data: DomainEvent<T> }>(`select data from pgboss.job where name = ? and data->'data'->>'eventId' = ? order by created_on`, [queueOf(type), eventId]);
  return rows.map((row) => row.data);
}
