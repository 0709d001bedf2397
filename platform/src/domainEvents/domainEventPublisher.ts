import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../queue/jobQueue.ts';
import { domainEventCatalog, domainEventTopic, type DomainEvent, type DomainEventData, type DomainEventType } from './catalog.ts';

export interface DomainEventPublisher {
  /**
   * Publishes an event inside the caller's transaction (`em` must be inside `em.transactional()`): it reaches
   * its consumers if and only if the transaction commits. The payload is checked against the contract, so a
   * producer cannot send what consumers would refuse. Returns the envelope sent.
   */
  publish<Type extends DomainEventType>(em: EntityManager, type: Type, data: DomainEventData<Type>): Promise<DomainEvent<Type>>;
  /**
   * Publishes many events of one type inside the caller's transaction, with the same guarantees as publish()
   * for each, in a few statements whatever their number (a batch of entries committed together).
   */
  publishMany<Type extends DomainEventType>(em: EntityManager, type: Type, data: readonly DomainEventData<Type>[]): Promise<DomainEvent<Type>[]>;
}

/** The publisher of one subgraph; it may publish only the events whose contract names it as the source. */
export function createDomainEventPublisher(source: string, queue: JobQueue): DomainEventPublisher {
  return {
    async publish(em, type, data) {
      const event = envelope(type, data);
      await queue.publishInTransaction(em, domainEventTopic(type), event);
      return event;
    },
    async publishMany(em, type, data) {
      const events = data.map((one) => envelope(type, one));
      await queue.publishManyInTransaction(em, domainEventTopic(type), events);
      return events;
    },
  };

  function envelope<Type extends DomainEventType>(type: Type, data: DomainEventData<Type>): DomainEvent<Type> {
    const contract = domainEventCatalog[type];
    if (contract.source !== source) throw new Error(`${source} may not publish ${type}: its contract names ${contract.source} as the source`);
    return {
      id: randomUUID(),
      type,
      version: contract.version,
      source,
      occurredAt: new Date().toISOString(),
      data: contract.data.parse(data) as DomainEventData<Type>,
    };
  }
}
