import type { EventsContext } from '../context.ts';
import type { ChannelDistribution, Event as EventEntity, EventImage as EventImageEntity, Recommendation as RecommendationEntity } from '../entities/index.ts';
import { jobView } from '../services/jobViews.ts';

export const Event = {
  /** Entity fetches from the gateway, batched: every reference in one request is one SQL statement. */
  __resolveReference: (reference: { id: string }, ctx: EventsContext): Promise<EventEntity | null> => ctx.loaders.event.load(reference.id),
  owner: (event: EventEntity) => ({ __typename: 'User' as const, id: event.ownerId }),
  store: (event: EventEntity) => ({ name: event.storeName, category: event.storeCategory, region: event.storeRegion }),
  prize: (event: EventEntity) => (event.prizeName ? { name: event.prizeName, quantity: event.prizeQuantity!, unitValueKrw: event.prizeUnitValueKrw! } : null),
  period: (event: EventEntity) => (event.startsAt && event.endsAt ? { startsAt: event.startsAt, endsAt: event.endsAt, announcesAt: event.announcesAt ?? null } : null),
  recommendations: (event: EventEntity, _: unknown, ctx: EventsContext) => ctx.loaders.recommendationsOfEvent.load(event.id),
  chosenRecommendation: (event: EventEntity, _: unknown, ctx: EventsContext) =>
    event.chosenRecommendationId ? ctx.loaders.recommendation.load(event.chosenRecommendationId) : null,
  images: (event: EventEntity, _: unknown, ctx: EventsContext) => ctx.loaders.imagesOfEvent.load(event.id),
  distributions: (event: EventEntity, _: unknown, ctx: EventsContext) => ctx.loaders.distributionsOfEvent.load(event.id),
  jobs: async (event: EventEntity, args: { first?: number | null; after?: string | null }, ctx: EventsContext) => {
    const page = await ctx.services.jobsOfEvent(ctx.em, event.id, args);
    return { ...page, nodes: page.nodes.map(jobView) };
  },
};

export const Recommendation = {
  prize: (r: RecommendationEntity) => ({ name: r.prizeName, quantity: r.prizeQuantity, unitValueKrw: r.prizeUnitValueKrw }),
  period: (r: RecommendationEntity) => ({ startsAt: r.startsAt, endsAt: r.endsAt, announcesAt: r.announcesAt ?? null }),
  expectedEffect: (r: RecommendationEntity) => ({ summary: r.effectSummary, estimatedParticipants: r.estimatedParticipants ?? null, estimatedCostKrw: r.estimatedCostKrw ?? null }),
};

export const EventImage = {
  /** Public once the event is published; before that a signed link that expires (the owner's preview). */
  url: async (image: EventImageEntity, _: unknown, ctx: EventsContext) => {
    const event = await ctx.loaders.event.load(image.eventId);
    const published = event?.status === 'PUBLISHED' || event?.status === 'ENDED';
    return published ? ctx.services.links.publicUrl(image.id) : ctx.services.links.previewUrl(image.id);
  },
};

export const ChannelDistributionResolvers = {
  externalPostId: (row: ChannelDistribution) => row.externalPostId ?? null,
};
