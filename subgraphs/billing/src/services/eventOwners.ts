import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEventHandlers } from '@attendgate/platform';
import { laterStage, type EventStage } from '../domain/eventStage.ts';
import { EventOwner } from '../entities/index.ts';

/**
 * Records an event's owner and moves its stage forward. Deliveries come at least once and in any order: the
 * owner never changes, a stage never moves back, and the title is kept once known.
 */
async function learn(em: EntityManager, fact: { eventId: string; ownerId: string; stage: EventStage; title?: string }): Promise<void> {
  // Insert-or-keep, then lock the row: two events of one event applied at once take turns instead of failing.
  await em.createQueryBuilder(EventOwner)
    .insert({ eventId: fact.eventId, ownerId: fact.ownerId, stage: fact.stage, title: fact.title ?? null, updatedAt: new Date() })
    .onConflict('eventId').ignore().execute('run');
  const known = await em.findOneOrFail(EventOwner, { eventId: fact.eventId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  known.stage = laterStage(known.stage, fact.stage);
  if (fact.title) known.title = fact.title.slice(0, 200);
  await em.flush();
}

/**
 * billing's consumers of the events subgraph's domain events: who owns which event (so only the owner pays for
 * it) and whether it has ended (so nobody pays for features of an ended event). Each handler runs in the
 * platform's transaction that also marks the event processed.
 */
export const eventOwnerHandlers: DomainEventHandlers = {
  EventCreated: (event, em) => learn(em, { eventId: event.data.eventId, ownerId: event.data.ownerId, stage: 'CREATED' }),
  EventPublished: (event, em) => learn(em, { eventId: event.data.eventId, ownerId: event.data.ownerId, stage: 'PUBLISHED', title: event.data.title }),
  EventEnded: (event, em) => learn(em, { eventId: event.data.eventId, ownerId: event.data.ownerId, stage: event.data.outcome === 'CANCELLED' ? 'CANCELLED' : 'ENDED' }),
};
