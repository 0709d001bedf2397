import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, pageRequest, toPage, type AuthClaims, type DomainEventPublisher, type Page, type PageArgs } from '@attendgate/platform';
import { EDITABLE_STATUSES } from '../domain/eventStatus.ts';
import {
  checkDescription, checkPeriod, checkPrize, checkStoreCategory, checkStoreName, checkStoreRegion, checkTitle, isParticipationMethod,
  type Checked, type Period, type Prize,
} from '../domain/eventPlan.ts';
import { EVENT_PURPOSES, EVENT_STATUSES, type EventPurpose, type EventStatus, type ParticipationMethod } from '../domain/vocabulary.ts';
import { Event, Job } from '../entities/index.ts';
import { eventCreated, eventEnded } from './domainEventPayloads.ts';
import { eventForActor, moveTo, requireStatus } from './eventAccess.ts';

export interface StoreInput {
  name: string;
  category: string;
  region: string;
}

export interface CreateDraftInput {
  purpose: EventPurpose;
  store: StoreInput;
  title?: string | null;
  description?: string | null;
}

export interface UpdateDraftInput {
  purpose?: EventPurpose | null;
  store?: StoreInput | null;
  title?: string | null;
  description?: string | null;
  prize?: Prize | null;
  period?: { startsAt: Date; endsAt: Date; announcesAt?: Date | null } | null;
  participationMethod?: ParticipationMethod | null;
}

export interface DraftDeps {
  events: DomainEventPublisher;
}

/** Page sizes of myEvents. */
export const MY_EVENTS_PAGE = { defaultSize: 20, maxSize: 100 };

function valueOf<T>(checked: Checked<T>, field: string): T {
  if (!checked.ok) throw AppError.badInput(checked.message, field);
  return checked.value;
}

function checkPurpose(purpose: unknown): EventPurpose {
  if (!(EVENT_PURPOSES as readonly unknown[]).includes(purpose)) throw AppError.badInput('Choose one of the event purposes.', 'purpose');
  return purpose as EventPurpose;
}

function checkStore(store: StoreInput, field: string) {
  return {
    storeName: valueOf(checkStoreName(store.name), `${field}.name`),
    storeCategory: valueOf(checkStoreCategory(store.category), `${field}.category`),
    storeRegion: valueOf(checkStoreRegion(store.region), `${field}.region`),
  };
}

/**
 * UFR-EVENT-020: the owner picks a purpose for their store; the draft is written to PostgreSQL at once
 * (seed 004 kept drafts in Redis until approval; the issue wants them durable) and EventCreated is
 * published in the same transaction.
 */
export async function createDraft(deps: DraftDeps, em: EntityManager, actor: AuthClaims, input: CreateDraftInput): Promise<Event> {
  const purpose = checkPurpose(input.purpose);
  const store = checkStore(input.store, 'store');
  const title = input.title == null ? null : valueOf(checkTitle(input.title), 'title');
  const description = input.description == null ? null : valueOf(checkDescription(input.description), 'description');
  return em.transactional(async (tx) => {
    const now = new Date();
    const event = tx.create(Event, { id: randomUUID(), ownerId: actor.userId, purpose, status: 'DRAFT', ...store, title, description, createdAt: now, updatedAt: now });
    await tx.flush();
    await deps.events.publish(tx, 'EventCreated', eventCreated(event));
    return event;
  });
}

/** Edits of a DRAFT or READY event; every field is checked before anything is written. */
export async function updateDraft(em: EntityManager, actor: AuthClaims, eventId: string, input: UpdateDraftInput): Promise<Event> {
  const changes: Partial<Event> = {};
  if (input.purpose != null) changes.purpose = checkPurpose(input.purpose);
  if (input.store != null) Object.assign(changes, checkStore(input.store, 'store'));
  if (input.title != null) changes.title = valueOf(checkTitle(input.title), 'title');
  if (input.description != null) changes.description = valueOf(checkDescription(input.description), 'description');
  if (input.prize != null) {
    const prize = valueOf(checkPrize(input.prize), 'prize');
    Object.assign(changes, { prizeName: prize.name, prizeQuantity: prize.quantity, prizeUnitValueKrw: prize.unitValueKrw });
  }
  if (input.period != null) {
    const period: Period = valueOf(checkPeriod({ ...input.period, announcesAt: input.period.announcesAt ?? null }, new Date()), 'period');
    Object.assign(changes, period);
  }
  if (input.participationMethod != null) {
    if (!isParticipationMethod(input.participationMethod)) throw AppError.badInput('Choose one of the participation methods.', 'participationMethod');
    changes.participationMethod = input.participationMethod;
  }
  return em.transactional(async (tx) => {
    const event = await eventForActor(tx, eventId, actor, { lock: true });
    requireStatus(event, EDITABLE_STATUSES, 'be edited');
    tx.assign(event, { ...changes, updatedAt: new Date() });
    await tx.flush();
    return event;
  });
}

/**
 * Cancels an event that has not ended: its queued work is left to find the event CANCELLED and stop, and
 * EventEnded (CANCELLED) tells the other subgraphs.
 */
export async function cancelEvent(deps: DraftDeps, em: EntityManager, actor: AuthClaims, eventId: string): Promise<Event> {
  return em.transactional(async (tx) => {
    const event = await eventForActor(tx, eventId, actor, { lock: true });
    moveTo(event, 'CANCELLED');
    event.endedAt = new Date();
    await tx.flush();
    await deps.events.publish(tx, 'EventEnded', eventEnded(event, 'CANCELLED'));
    return event;
  });
}

/** Ends a published event now (the owner), or at its period's end (the end-event job, `actor` null). */
export async function endEvent(deps: DraftDeps, em: EntityManager, actor: AuthClaims | null, eventId: string): Promise<Event | null> {
  return em.transactional(async (tx) => {
    if (!actor) {
      const event = await tx.findOne(Event, eventId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!event || event.status !== 'PUBLISHED' || !event.endsAt || event.endsAt.getTime() > Date.now()) return null;
      return finish(event);
    }
    const event = await eventForActor(tx, eventId, actor, { lock: true });
    requireStatus(event, ['PUBLISHED'], 'be ended');
    return finish(event);

    async function finish(event: Event) {
      moveTo(event, 'ENDED');
      event.endedAt = new Date();
      await tx.flush();
      await deps.events.publish(tx, 'EventEnded', eventEnded(event, 'ENDED'));
      return event;
    }
  });
}

export async function eventOf(em: EntityManager, actor: AuthClaims, eventId: string): Promise<Event> {
  return eventForActor(em, eventId, actor);
}

/** The caller's events, newest first, keyset-paged by (createdAt, id). */
export async function myEvents(
  em: EntityManager,
  actor: AuthClaims,
  args: PageArgs & { filter?: { status?: EventStatus[] | null; purpose?: EventPurpose | null } | null },
): Promise<Page<Event> & { totalCount: number }> {
  const request = pageRequest<[string, string]>(args, MY_EVENTS_PAGE, 2);
  const where: Record<string, unknown> = { ownerId: actor.userId };
  const statuses = args.filter?.status;
  if (statuses?.length) {
    if (statuses.length > EVENT_STATUSES.length) throw AppError.badInput('Too many statuses in the filter.', 'filter.status');
    where.status = { $in: statuses };
  }
  if (args.filter?.purpose) where.purpose = checkPurpose(args.filter.purpose);
  const totalCount = await em.count(Event, where);
  const after = request.after;
  const rows = await em.find(
    Event,
    after ? { ...where, $or: [{ createdAt: { $lt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { $lt: after[1] } }] } : where,
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: request.size + 1 },
  );
  return { ...toPage(rows, request, (event) => [event.createdAt.toISOString(), event.id]), totalCount };
}

/** Page sizes of Event.jobs. */
export const EVENT_JOBS_PAGE = { defaultSize: 10, maxSize: 50 };

/** An event's jobs, newest first. */
export async function jobsOfEvent(em: EntityManager, eventId: string, args: PageArgs): Promise<Page<Job> & { totalCount: number }> {
  const request = pageRequest<[string, string]>(args, EVENT_JOBS_PAGE, 2);
  const after = request.after;
  const where = { eventId };
  const totalCount = await em.count(Job, where);
  const rows = await em.find(
    Job,
    after ? { ...where, $or: [{ createdAt: { $lt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { $lt: after[1] } }] } : where,
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: request.size + 1 },
  );
  return { ...toPage(rows, request, (job) => [job.createdAt.toISOString(), job.id]), totalCount };
}
