import type { EventsContext } from '../context.ts';
import type { JobKind } from '../domain/vocabulary.ts';
import type { JobView } from '../services/jobViews.ts';

interface ResultParent {
  kind: JobKind;
  recommendationIds?: string[];
  imageIds?: string[];
  distributionIds?: string[];
  origin?: string;
}

const RESULT_TYPES: Record<JobKind, 'RecommendationsResult' | 'ImagesResult' | 'DistributionResult'> = {
  AI_RECOMMENDATION: 'RecommendationsResult',
  IMAGE_GENERATION: 'ImagesResult',
  DISTRIBUTION: 'DistributionResult',
};

const present = <T>(rows: (T | null | Error)[]) => rows.filter((row): row is T => row !== null && !(row instanceof Error));

export const Job = {
  event: (job: JobView, _: unknown, ctx: EventsContext) => ctx.loaders.event.load(job.eventId),
  /** Only a SUCCEEDED job has a result; its ids are resolved to the current rows. */
  result: (job: JobView) => (job.status === 'SUCCEEDED' && job.result ? { ...job.result, kind: job.kind } : null),
};

export const JobResult = {
  __resolveType: (result: ResultParent) => RESULT_TYPES[result.kind],
};

export const RecommendationsResult = {
  recommendations: async (result: ResultParent, _: unknown, ctx: EventsContext) => present(await ctx.loaders.recommendation.loadMany(result.recommendationIds ?? [])),
  origin: (result: ResultParent) => result.origin ?? 'PROVIDER',
};

export const ImagesResult = {
  images: async (result: ResultParent, _: unknown, ctx: EventsContext) => present(await ctx.loaders.image.loadMany(result.imageIds ?? [])),
};

export const DistributionResult = {
  distributions: async (result: ResultParent, _: unknown, ctx: EventsContext) => present(await ctx.loaders.distribution.loadMany(result.distributionIds ?? [])),
};
