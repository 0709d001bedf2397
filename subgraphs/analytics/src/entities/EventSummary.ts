import { defineEntity, p } from '@mikro-orm/postgresql';
import { EVENT_PURPOSES } from '@attendgate/platform';
import { SUMMARY_STATUSES } from '../domain/summaryStatus.ts';

/**
 * One row per event: what analytics knows of it (from EventCreated, EventPublished, EventEnded) and its
 * counters (from ParticipantRegistered, WinnerSelected, CheckedIn). Any event may arrive first, so the row is
 * created by whichever does: descriptive fields keep the newest `factsAt`, the status only moves forward
 * (domain/summaryStatus.ts), counters are increments (commutative). `version` grows with every change; the
 * cached dashboard carries the version it was computed at (services/metricsCache.ts).
 */
export const EventSummarySchema = defineEntity({
  name: 'EventSummary',
  tableName: 'event_summary',
  properties: {
    eventId: p.uuid().primary(),
    ownerId: p.uuid().nullable(),
    title: p.string().length(200).nullable(),
    purpose: p.enum(EVENT_PURPOSES).nullable(),
    status: p.enum(SUMMARY_STATUSES).default('UNKNOWN'),
    /** occurredAt of the newest EventCreated/EventPublished applied to the descriptive fields. */
    factsAt: p.datetime().nullable(),
    startsAt: p.datetime().nullable(),
    endsAt: p.datetime().nullable(),
    prizeCostKrw: p.integer().default(0),
    createdAt: p.datetime().nullable(),
    publishedAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
    participants: p.integer().default(0),
    storeVisits: p.integer().default(0),
    winners: p.integer().default(0),
    checkIns: p.integer().default(0),
    /** The newest fact (occurredAt) counted: the "as of" of the figures. */
    lastFactAt: p.datetime().nullable(),
    version: p.integer().default(0),
    updatedAt: p.datetime(),
  },
  indexes: [{ name: 'event_summary_owner_id_index', properties: ['ownerId'] }],
});

export class EventSummary extends EventSummarySchema.class {}
EventSummarySchema.setClass(EventSummary);
