import { defineEntity, p } from '@mikro-orm/postgresql';
import { PARTICIPATION_METHODS } from '../domain/vocabulary.ts';

/** One plan of one AI answer for an event; the newest job's plans are the event's current suggestions. */
export const RecommendationSchema = defineEntity({
  name: 'Recommendation',
  tableName: 'recommendation',
  properties: {
    id: p.uuid().primary(),
    eventId: p.uuid(),
    /** The AI job whose answer this is. */
    jobId: p.uuid(),
    position: p.integer(),
    title: p.string().length(60),
    description: p.text(),
    prizeName: p.string().length(60),
    prizeQuantity: p.integer(),
    prizeUnitValueKrw: p.integer(),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    announcesAt: p.datetime().nullable(),
    participationMethod: p.enum(PARTICIPATION_METHODS),
    effectSummary: p.string().length(500),
    estimatedParticipants: p.integer().nullable(),
    estimatedCostKrw: p.integer().nullable(),
    fromFallback: p.boolean(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'recommendation_job_position_unique', properties: ['jobId', 'position'] }],
  indexes: [{ name: 'recommendation_event_index', properties: ['eventId', 'createdAt'] }],
});

export class Recommendation extends RecommendationSchema.class {}
RecommendationSchema.setClass(Recommendation);
