import { AppError, allow, federationQueryRules, rule, type IRules } from '@attendgate/platform';
import type { ParticipationContext } from './context.ts';

/**
 * Whether the caller may see (or, with `ownerOnly`, act on) an event's participation data: its owner, and
 * for reading also admins (staff support). Owners are known from the event's facts (EventPublished). For an
 * event this subgraph has not heard of there is nothing to see: owners and admins get empty lists (and the
 * root operations NOT_FOUND), anyone else FORBIDDEN.
 */
async function eventAccess(eventId: unknown, ctx: ParticipationContext, ownerOnly: boolean): Promise<true | AppError> {
  if (!ctx.auth) return AppError.unauthenticated();
  const facts = typeof eventId === 'string' ? await ctx.loaders.eventFacts.load(eventId) : null;
  const { role, userId } = ctx.auth;
  if (!facts) return role === 'OWNER' || (role === 'ADMIN' && !ownerOnly) ? true : AppError.forbidden();
  if (facts.ownerId === userId) return true;
  if (!ownerOnly && role === 'ADMIN') return true;
  return AppError.forbidden(ownerOnly ? "Only the event's owner may do this." : "Only the event's owner and admins see its participants.");
}

/** Fields of Event (the parent is the entity reference). */
const canSeeEventParticipation = rule('canSeeEventParticipation', { cache: 'strict' })((event: { id: string }, _args, ctx: ParticipationContext) =>
  eventAccess(event.id, ctx, false),
);

/** Types reached from an event (the parent carries its event's id), checked again on the type itself. */
const canSeeEventRecord = rule('canSeeEventRecord', { cache: 'strict' })((record: { eventId: string }, _args, ctx: ParticipationContext) =>
  eventAccess(record.eventId, ctx, false),
);

/** Root operations naming an event: reading (owner or admin) and acting (owner only). */
const canReadEventArgument = rule('canReadEventArgument', { cache: 'strict' })((_parent, args: { eventId?: unknown }, ctx: ParticipationContext) =>
  eventAccess(args.eventId, ctx, false),
);
const ownsEventArgument = rule('ownsEventArgument', { cache: 'strict' })((_parent, args: { eventId?: unknown }, ctx: ParticipationContext) =>
  eventAccess(args.eventId, ctx, true),
);

/**
 * graphql-shield rules, deny by default (the platform sets the fallback). Rules sit on every type that
 * carries participation data, not only on the fields leading to it, so an entity fetch of `Event` through
 * `_entities` meets the same checks. Entering an event needs no account (seed 004).
 */
export const permissions: IRules = {
  Query: {
    ...federationQueryRules,
    verifyDraw: canReadEventArgument,
  },
  Mutation: {
    participate: allow,
    drawWinners: ownsEventArgument,
    participantsCsvLink: canReadEventArgument,
  },
  Event: {
    id: allow,
    drawSeedCommitment: allow,
    participants: canSeeEventParticipation,
    participantCount: canSeeEventParticipation,
    draw: canSeeEventParticipation,
    winners: canSeeEventParticipation,
  },
  Participant: canSeeEventRecord,
  ParticipantConnection: canSeeEventRecord,
  Winner: canSeeEventRecord,
  WinnerConnection: canSeeEventRecord,
  Draw: canSeeEventRecord,
  DrawVerification: canSeeEventRecord,
  PageInfo: allow,
  ParticipationReceipt: allow,
  FileLink: allow,
  _Service: allow,
};
