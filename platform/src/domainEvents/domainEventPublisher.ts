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
}

/** The publisher of one subgraph; it may publish only the events whose contract names it as the source. */
export function createDomainEventPublisher(source: string, queue: JobQueue): DomainEventPublisher {
  return {
    async publish(em, type, data) {
      const contract = domainEventCatalog[type];
      if (contract.source !== source) throw new Error(`${source} may not publish ${type}: its contract names ${contract.source} as the source`);
      const event = {
        id: randomUUID(),
        type,
        version: contract.version,
        source,
        occurredAt: new Date().toISOString(),
        data: contract.data.parse(data) as DomainEventData<typeof type>,
      };
      await queue.publishInTransaction(em, domainEventTopic(type), event);
      return event;
    },
  };
}
