import { AppError, DateTimeScalar, KrwScalar } from '@attendgate/platform';
import type { Resolvers } from '../generated/resolvers.ts';
import { MAX_HOURS } from '../services/computeMetrics.ts';

/** The GraphQL edge of the analytics subgraph: arguments in, a service call, the answer out. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Krw: KrwScalar,
  Query: {
    dashboard: (_, { eventId }, ctx) => ctx.services.dashboard.dashboard(ctx.loaders, eventId),
    eventComparison: (_, { ownerId, first }, ctx) => ctx.services.dashboard.compare(ctx.em, ownerId ?? ctx.auth!.userId, first ?? 20),
  },
  Mutation: {
    refreshChannelStats: (_, { eventId }, ctx) => ctx.services.dashboard.refreshChannelStats(ctx.loaders, eventId),
  },
  Subscription: {
    eventMetricsUpdated: {
      subscribe: (_, { eventId }, ctx) => ctx.services.dashboard.subscribe(ctx.loaders, eventId) as never,
      resolve: (view: unknown) => view as never,
    },
  },
  Event: {
    __resolveReference: (reference) => ({ id: reference.id }),
    metrics: (event, _, ctx) => ctx.services.dashboard.metrics(ctx.loaders, event.id),
  },
  EventMetrics: {
    event: (view) => ({ id: view.eventId }),
    byHour: (view, { last }) => {
      const count = last ?? 48;
      if (!Number.isInteger(count) || count < 1 || count > MAX_HOURS) throw AppError.badInput(`last must be between 1 and ${MAX_HOURS}.`, 'last');
      return view.byHour.slice(-count);
    },
  },
};
