import { AppError, stateStream, type EventBus } from '@attendgate/platform';
import type { EventsContext } from '../context.ts';
import { Job } from '../entities/index.ts';
import { isSettled, jobTopic, jobView, type JobView } from '../services/jobViews.ts';

/** Ends the stream after the message that settles the job: nothing more will change. */
async function* untilSettled(stream: AsyncGenerator<JobView>): AsyncGenerator<JobView> {
  try {
    for await (const view of stream) {
      yield view;
      if (isSettled(view.status)) return;
    }
  } finally {
    await stream.return(undefined);
  }
}

/**
 * `jobUpdated`: a state stream (the job now, then each change), replacing the seed's 2-5 s polling. Only the
 * event's owner may follow a job: checked here, when the subscription starts (USER scope means the gateway
 * subscribes with this user's own token).
 */
export function createSubscription(bus: EventBus) {
  return {
    jobUpdated: {
      subscribe: async (_: unknown, args: { jobId: string }, ctx: EventsContext) => {
        const job = await ctx.services.job(ctx.em, ctx.auth!, args.jobId);
        if (job.ownerId !== ctx.auth!.userId) throw AppError.notFound('The job');
        const snapshot = async () => jobView(await ctx.em.fork().findOneOrFail(Job, job.id));
        return untilSettled(stateStream<JobView>(snapshot, bus.subscribe<JobView>(jobTopic(job.id))));
      },
      resolve: (view: JobView) => view,
    },
  };
}
