import type { z } from 'zod';
import * as billing from './contracts/billing.ts';
import * as events from './contracts/events.ts';
import * as gates from './contracts/gates.ts';
import * as participation from './contracts/participation.ts';
import type { DomainEventContract } from './defineDomainEvent.ts';

/**
 * Every domain event attendgate knows, by type. A new event is a contract in `contracts/<source>.ts` and an
 * entry here; producers and consumers are type-checked against it.
 */
export const domainEventCatalog = {
  EventCreated: events.EventCreated,
  EventPublished: events.EventPublished,
  DistributionCompleted: events.DistributionCompleted,
  EventEnded: events.EventEnded,
  ParticipantRegistered: participation.ParticipantRegistered,
  WinnerSelected: participation.WinnerSelected,
  CheckedIn: gates.CheckedIn,
  GateStateChanged: gates.GateStateChanged,
  EmergencyRaised: gates.EmergencyRaised,
  EmergencyCleared: gates.EmergencyCleared,
  PaymentCompleted: billing.PaymentCompleted,
  PaymentRefunded: billing.PaymentRefunded,
  ProductChangeCompleted: billing.ProductChangeCompleted,
} as const satisfies { [Type in string]: DomainEventContract<Type> };

export type DomainEventCatalog = typeof domainEventCatalog;
export type DomainEventType = keyof DomainEventCatalog;
/** The payload of one event type, as its contract's schema parses it. */
export type DomainEventData<Type extends DomainEventType> = z.infer<DomainEventCatalog[Type]['data']>;

/** What travels on the queue: the payload in an envelope that identifies and dates it. */
export interface DomainEvent<Type extends DomainEventType = DomainEventType> {
  /** Unique per event; consumers record it to process each event once. */
  id: string;
  type: Type;
  version: number;
  source: string;
  occurredAt: string;
  data: DomainEventData<Type>;
}

/** The pg-boss topic an event type and version is published under: `domain.ParticipantRegistered.v1`. */
export function domainEventTopic(type: DomainEventType, version = domainEventCatalog[type].version): string {
  return `domain.${type}.v${version}`;
}

/** The queue one consumer subgraph receives one event type on: `analytics.on.ParticipantRegistered`. */
export function consumerQueueName(consumer: string, type: DomainEventType): string {
  return `${consumer}.on.${type}`;
}
