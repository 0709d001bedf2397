import { AiPlanAnswerSchema } from './AiPlanAnswer.ts';
import { ChannelDistributionSchema } from './ChannelDistribution.ts';
import { EventSchema } from './Event.ts';
import { EventImageSchema } from './EventImage.ts';
import { JobSchema } from './Job.ts';
import { RecommendationSchema } from './Recommendation.ts';

export { Event, EventSchema } from './Event.ts';
export { Recommendation, RecommendationSchema } from './Recommendation.ts';
export { EventImage, EventImageSchema } from './EventImage.ts';
export { ChannelDistribution, ChannelDistributionSchema } from './ChannelDistribution.ts';
export { Job, JobSchema } from './Job.ts';
export { AiPlanAnswer, AiPlanAnswerSchema } from './AiPlanAnswer.ts';

/** Every entity of the events subgraph, for the ORM and the migrations. */
export const entities = [EventSchema, RecommendationSchema, EventImageSchema, ChannelDistributionSchema, JobSchema, AiPlanAnswerSchema];
