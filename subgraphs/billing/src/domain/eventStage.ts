/**
 * How far an event has come, as billing learns it from the events subgraph's domain events. Events arrive
 * at least once and in any order, so a stage only ever moves forward: a late EventCreated never undoes an
 * EventPublished, and nothing undoes an end.
 */
export const EVENT_STAGES = ['CREATED', 'PUBLISHED', 'ENDED', 'CANCELLED'] as const;
export type EventStage = (typeof EVENT_STAGES)[number];

const RANK: Record<EventStage, number> = { CREATED: 0, PUBLISHED: 1, ENDED: 2, CANCELLED: 2 };

/** The stage after learning `incoming` while at `current`. */
export function laterStage(current: EventStage, incoming: EventStage): EventStage {
  return RANK[incoming] > RANK[current] ? incoming : current;
}

/** Paid features are bought for events that have not ended. */
export function acceptsPayments(stage: EventStage): boolean {
  return RANK[stage] < RANK.ENDED;
}
