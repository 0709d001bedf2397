import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@attendgate/platform';
import type { DistributionDeps } from '../services/distribution.ts';
import { runDistribution } from '../services/distribution.ts';
import { endEvent, type DraftDeps } from '../services/drafts.ts';
import { runImages, type ImageDeps } from '../services/images.ts';
import type { JobStore } from '../services/jobStore.ts';
import { recommendationsDead, runRecommendations, type RecommendationDeps } from '../services/recommendations.ts';
import { END_EVENT_QUEUE, type EndEventJobData } from './jobNames.ts';
import { trackedJob } from './trackedJob.ts';

/**
 * The events subgraph's workers. Each kind runs a few at a time per process; distribution runs its channels
 * in parallel inside one job, with a bulkhead per channel.
 */
export function eventsWorkers(deps: {
  orm: MikroORM;
  jobs: JobStore;
  recommendations: RecommendationDeps;
  images: ImageDeps;
  distribution: DistributionDeps;
  drafts: DraftDeps;
}): JobDefinition<any>[] {
  const { orm, jobs } = deps;
  const endEventJob: JobDefinition<EndEventJobData> = {
    name: END_EVENT_QUEUE,
    retryLimit: 8,
    retryDelaySeconds: 5,
    concurrency: 2,
    handler: async ({ eventId }) => {
      await endEvent(deps.drafts, orm.em.fork(), null, eventId);
    },
  };
  return [
    trackedJob({ orm, jobs, kind: 'AI_RECOMMENDATION', concurrency: 4, work: (run) => runRecommendations(deps.recommendations, run), onDead: recommendationsDead }),
    trackedJob({ orm, jobs, kind: 'IMAGE_GENERATION', concurrency: 2, work: (run) => runImages(deps.images, run) }),
    trackedJob({ orm, jobs, kind: 'DISTRIBUTION', concurrency: 4, work: (run) => runDistribution(deps.distribution, run) }),
    endEventJob,
  ];
}
