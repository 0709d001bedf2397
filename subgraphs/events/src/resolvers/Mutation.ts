import type { EventsContext } from '../context.ts';
import type { ImagePlatform } from '../domain/imageFormats.ts';
import type { ImageStyle, MediaChannel } from '../domain/vocabulary.ts';
import type { Event, Job } from '../entities/index.ts';
import type { CreateDraftInput, UpdateDraftInput } from '../services/drafts.ts';
import { jobView, type JobView } from '../services/jobViews.ts';

type EventArgs = { eventId: string };
const asView = async (job: Promise<Job>): Promise<JobView> => jobView(await job);

export const Mutation = {
  createEventDraft: (_: unknown, args: { input: CreateDraftInput }, ctx: EventsContext): Promise<Event> => ctx.services.createDraft(ctx.em, ctx.auth!, args.input),
  updateEventDraft: (_: unknown, args: EventArgs & { input: UpdateDraftInput }, ctx: EventsContext): Promise<Event> =>
    ctx.services.updateDraft(ctx.em, ctx.auth!, args.eventId, args.input),
  requestAiRecommendations: (_: unknown, args: EventArgs, ctx: EventsContext) => asView(ctx.services.requestRecommendations(ctx.em, ctx.auth!, args.eventId)),
  selectRecommendation: (_: unknown, args: EventArgs & { recommendationId: string }, ctx: EventsContext): Promise<Event> =>
    ctx.services.selectRecommendation(ctx.em, ctx.auth!, args.eventId, args.recommendationId),
  generateEventImages: (_: unknown, args: EventArgs & { style: ImageStyle; platforms: ImagePlatform[] }, ctx: EventsContext) =>
    asView(ctx.services.generateImages(ctx.em, ctx.auth!, args.eventId, args.style, args.platforms)),
  approveAndDistribute: (_: unknown, args: EventArgs & { channels: MediaChannel[] }, ctx: EventsContext) =>
    asView(ctx.services.approveAndDistribute(ctx.em, ctx.auth!, args.eventId, args.channels)),
  retryDistribution: (_: unknown, args: EventArgs & { channel: MediaChannel }, ctx: EventsContext) =>
    asView(ctx.services.retryDistribution(ctx.em, ctx.auth!, args.eventId, args.channel)),
  retryJob: (_: unknown, args: { jobId: string }, ctx: EventsContext) => asView(ctx.services.retryJob(ctx.em, ctx.auth!, args.jobId)),
  cancelEvent: (_: unknown, args: EventArgs, ctx: EventsContext): Promise<Event> => ctx.services.cancel(ctx.em, ctx.auth!, args.eventId),
  endEvent: (_: unknown, args: EventArgs, ctx: EventsContext): Promise<Event> => ctx.services.end(ctx.em, ctx.auth!, args.eventId),
};
