import { allow, AppError, federationQueryRules, hasRole, isAuthenticated, rule, type IRules } from '@attendgate/platform';
import type { EventsContext } from './context.ts';
import { mayManage } from './services/eventAccess.ts';
import { mayHandleJob } from './services/jobControl.ts';

/** UNAUTHENTICATED for an anonymous caller, FORBIDDEN for anyone else. */
function refuse(ctx: EventsContext, message: string): AppError {
  return ctx.auth ? AppError.forbidden(message) : AppError.unauthenticated();
}

/**
 * An event's fields: its owner and admins only. On the type, not only on root fields, so an event reached
 * through `_entities` (another subgraph's field pointing at it) is guarded the same way. Never cached: the
 * answer differs per event within one response.
 */
const isEventManager = rule('isEventManager', { cache: 'no_cache' })((event: { ownerId: string }, _args, ctx: EventsContext) =>
  mayManage(event, ctx.auth) ? true : refuse(ctx, 'Only the event owner and admins see this.'),
);

/** A job's fields: the event's owner, operators and admins. */
const isJobHandler = rule('isJobHandler', { cache: 'no_cache' })((job: { ownerId: string }, _args, ctx: EventsContext) =>
  mayHandleJob(job, ctx.auth) ? true : refuse(ctx, 'Only the event owner, operators and admins see this job.'),
);

const ownerOrAdmin = hasRole('OWNER', 'ADMIN');

/**
 * graphql-shield rules, deny by default (the platform sets the fallback). Root fields check the role; the
 * services check that the caller owns the event (someone else's is NOT_FOUND); the Event and Job types check
 * again for every object returned. The value types below them are reachable only through those two.
 */
export const permissions: IRules = {
  Query: {
    ...federationQueryRules,
    myEvents: ownerOrAdmin,
    event: isAuthenticated,
    job: isAuthenticated,
  },
  Mutation: {
    createEventDraft: hasRole('OWNER'),
    updateEventDraft: ownerOrAdmin,
    requestAiRecommendations: ownerOrAdmin,
    selectRecommendation: ownerOrAdmin,
    generateEventImages: ownerOrAdmin,
    approveAndDistribute: ownerOrAdmin,
    retryDistribution: ownerOrAdmin,
    retryJob: isAuthenticated,
    cancelEvent: ownerOrAdmin,
    endEvent: ownerOrAdmin,
  },
  Subscription: {
    jobUpdated: isAuthenticated,
  },
  Event: { '*': isEventManager, id: isAuthenticated },
  Job: isJobHandler,
  User: allow,
  StoreContext: allow,
  Prize: allow,
  EventPeriod: allow,
  ExpectedEffect: allow,
  Recommendation: allow,
  EventImage: allow,
  ChannelDistribution: allow,
  EventConnection: allow,
  JobConnection: allow,
  PageInfo: allow,
  RecommendationsResult: allow,
  ImagesResult: allow,
  DistributionResult: allow,
  _Service: allow,
};
