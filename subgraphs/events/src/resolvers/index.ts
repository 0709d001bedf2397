import { DateTimeScalar, type EventBus } from '@attendgate/platform';
import type { Resolvers } from '../generated/resolvers.ts';
import { ChannelDistributionResolvers, Event, EventImage, Recommendation } from './Event.ts';
import { DistributionResult, ImagesResult, Job, JobResult, RecommendationsResult } from './Job.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { createSubscription } from './Subscription.ts';

/** The GraphQL edge of the events subgraph: arguments in, a service call, the answer out. */
export function createResolvers(bus: EventBus): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query,
    Mutation,
    Subscription: createSubscription(bus),
    Event,
    Recommendation,
    EventImage,
    ChannelDistribution: ChannelDistributionResolvers,
    Job,
    JobResult,
    RecommendationsResult,
    ImagesResult,
    DistributionResult,
  } as unknown as Resolvers;
}
