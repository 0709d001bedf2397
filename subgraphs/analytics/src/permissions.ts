import { AppError, allow, federationQueryRules, rule, type IRules } from '@attendgate/platform';
import type { AnalyticsContext } from './context.ts';
import { isUuid } from './domain/vocabulary.ts';
import type { MetricsView } from './services/views.ts';

/**
 * Whether the caller may see (or, with `ownerOnly`, act on) an event's figures: its owner, and for reading also
 * admins. For an event analytics does not know (no owner heard of yet) there is nothing to see: owners and
 * admins get null (and the root fields NOT_FOUND), anyone else FORBIDDEN.
 */
function decide(ownerId: string | null | undefined, ctx: AnalyticsContext, ownerOnly: boolean): true | AppError {
  if (!ctx.auth) return AppError.unauthenticated();
  const { role, userId } = ctx.auth;
  if (!ownerId) return role === 'OWNER' || (role === 'ADMIN' && !ownerOnly) ? true : AppError.forbidden();
  if (ownerId === userId) return true;
  if (!ownerOnly && role === 'ADMIN') return true;
  return AppError.forbidden(ownerOnly ? "Only the event's owner may do this." : "Only the event's owner and admins see its figures.");
}

async function eventAccess(eventId: unknown, ctx: AnalyticsContext, ownerOnly: boolean): Promise<true | AppError> {
  if (!ctx.auth) return AppError.unauthenticated();
  const view = isUuid(eventId) ? await ctx.loaders.metrics.load(eventId) : null;
  return decide(view?.ownerId, ctx, ownerOnly);
}

/** `Event.metrics` (the parent is the entity reference). */
const canSeeEventMetrics = rule('canSeeEventMetrics', { cache: 'strict' })((event: { id: string }, _args, ctx: AnalyticsContext) =>
  eventAccess(event.id, ctx, false),
);

/** The figures themselves, checked again on the type (live messages included) from the owner they carry. */
const canSeeMetrics = rule('canSeeMetrics', { cache: 'strict' })((view: MetricsView, _args, ctx: AnalyticsContext) => {
  if (!view.ownerId) return ctx.auth?.role === 'ADMIN' ? true : AppError.forbidden();
  return decide(view.ownerId, ctx, false);
});

const canReadEventArgument = rule('canReadEventArgument', { cache: 'strict' })((_parent, args: { eventId?: unknown }, ctx: AnalyticsContext) =>
  eventAccess(args.eventId, ctx, false),
);
const ownsEventArgument = rule('ownsEventArgument', { cache: 'strict' })((_parent, args: { eventId?: unknown }, ctx: AnalyticsContext) =>
  eventAccess(args.eventId, ctx, true),
);

/** Owners compare their own events; admins any owner's. */
const canCompare = rule('canCompare', { cache: 'strict' })((_parent, args: { ownerId?: unknown }, ctx: AnalyticsContext) => {
  if (!ctx.auth) return AppError.unauthenticated();
  const { role, userId } = ctx.auth;
  if (role === 'ADMIN') return args.ownerId ? true : AppError.badInput('Admins name the owner whose events to compare.', 'ownerId');
  if (role !== 'OWNER') return AppError.forbidden('Only shop owners and admins compare events.');
  return args.ownerId === undefined || args.ownerId === null || args.ownerId === userId ? true : AppError.forbidden('Owners compare their own events only.');
});

/**
 * graphql-shield rules, deny by default (the platform sets the fallback). The figures are guarded on their
 * type as well as on the fields leading to them, so `_entities` fetches and live messages meet the same checks.
 */
export const permissions: IRules = {
  Query: { ...federationQueryRules, dashboard: canReadEventArgument, eventComparison: canCompare },
  Mutation: { refreshChannelStats: ownsEventArgument },
  Subscription: { eventMetricsUpdated: canReadEventArgument },
  Event: { id: allow, metrics: canSeeEventMetrics },
  EventMetrics: canSeeMetrics,
  // Reached only through the fields guarded above.
  EventComparison: allow,
  ChannelMetrics: allow,
  EventCost: allow,
  TimeBucket: allow,
  ChannelRanking: allow,
  PurposeRanking: allow,
  EventRanking: allow,
  _Service: allow,
};
