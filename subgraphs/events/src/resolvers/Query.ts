import type { EventsContext } from '../context.ts';
import type { EventPurpose, EventStatus } from '../domain/vocabulary.ts';
import type { Event } from '../entities/index.ts';
import { jobView, type JobView } from '../services/jobViews.ts';

export const Query = {
  myEvents: (_: unknown, args: { first?: number | null; after?: string | null; filter?: { status?: EventStatus[] | null; purpose?: EventPurpose | null } | null }, ctx: EventsContext) =>
    ctx.services.myEvents(ctx.em, ctx.auth!, args),
  event: (_: unknown, args: { id: string }, ctx: EventsContext): Promise<Event> => ctx.services.event(ctx.em, ctx.auth!, args.id),
  job: async (_: unknown, args: { id: string }, ctx: EventsContext): Promise<JobView> => jobView(await ctx.services.job(ctx.em, ctx.auth!, args.id)),
};
