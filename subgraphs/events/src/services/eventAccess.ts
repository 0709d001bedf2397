import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, type AuthClaims } from '@attendgate/platform';
import { canMove } from '../domain/eventStatus.ts';
import type { EventStatus } from '../domain/vocabulary.ts';
import { Event } from '../entities/index.ts';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for ids that can exist; others are answered NOT_FOUND without asking Postgres. */
export function isUuid(id: string): boolean {
  return UUID_PATTERN.test(id);
}

/** The owner and admins may see and change an event. */
export function mayManage(event: { ownerId: string }, actor: AuthClaims | null): boolean {
  return !!actor && (actor.role === 'ADMIN' || actor.userId === event.ownerId);
}

/**
 * The event for an owner's action, locked for the rest of the transaction (`lock`), so concurrent actions
 * on one event are serialised by the database. Someone else's event is NOT_FOUND, as if it did not exist.
 */
export async function eventForActor(em: EntityManager, eventId: string, actor: AuthClaims, options: { lock?: boolean } = {}): Promise<Event> {
  if (!isUuid(eventId)) throw AppError.notFound('The event');
  const event = await em.findOne(Event, eventId, options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  if (!event || !mayManage(event, actor)) throw AppError.notFound('The event');
  return event;
}

/** Refuses an action the event's status does not allow, naming the status; nothing has changed yet. */
export function requireStatus(event: Event, allowed: readonly EventStatus[], action: string): void {
  if (!allowed.includes(event.status)) {
    throw new AppError(ErrorCode.INVALID_STATE, `An event that is ${event.status} cannot ${action}.`, { state: event.status });
  }
}

/** Moves the event, or refuses an illegal move (the transition table in domain/eventStatus.ts). */
export function moveTo(event: Event, to: EventStatus): void {
  if (!canMove(event.status, to)) {
    throw new AppError(ErrorCode.INVALID_STATE, `An event that is ${event.status} cannot become ${to}.`, { state: event.status });
  }
  event.status = to;
  event.updatedAt = new Date();
}
