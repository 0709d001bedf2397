import { AppError, pageRequest, type MediaChannel, type PageArgs, type PageLimits, type PageRequest } from '@attendgate/platform';
import { isUuid } from '../services/ids.ts';
import type { ParticipationContext } from '../context.ts';
import type { ParticipantCursor } from '../services/participantQueries.ts';
import type { DrawView, EventRef, ParticipantConnectionView, WinnerConnectionView } from '../services/views.ts';

/** Seed 004's list caps: `size` at most 100 (the issue), 20 by default (configurable). */
export const MAX_PAGE_SIZE = 100;

const limits = (ctx: ParticipationContext) => ({ defaultSize: ctx.services.config.PARTICIPATION_LIST_DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });

/**
 * A cursor decodes to the right number of strings and numbers (pageRequest checks that); these check that
 * the parts are what this list's keys are, so a hand-made cursor is BAD_USER_INPUT and never reaches SQL.
 */
function badCursor(): AppError {
  return AppError.badInput('The cursor is not valid; use a pageInfo.endCursor from a previous page.', 'after');
}

function participantPage(args: PageArgs, pageLimits: PageLimits): PageRequest<ParticipantCursor> {
  const request = pageRequest<ParticipantCursor>(args, pageLimits, 2);
  if (request.after) {
    const [registeredAt, id] = request.after;
    if (typeof registeredAt !== 'string' || Number.isNaN(Date.parse(registeredAt)) || typeof id !== 'string' || !isUuid(id)) throw badCursor();
  }
  return request;
}

function winnerPage(args: PageArgs, pageLimits: PageLimits): PageRequest<readonly [number]> {
  const request = pageRequest<readonly [number]>(args, pageLimits, 1);
  if (request.after && !(Number.isSafeInteger(request.after[0]) && request.after[0] >= 0)) throw badCursor();
  return request;
}

/** Winners and participants page the same way; the winners' cursor is the rank. */
export function winnersOf(eventId: string, args: PageArgs, ctx: ParticipationContext): Promise<WinnerConnectionView> {
  return ctx.loaders.winners.load({ eventId, request: winnerPage(args, limits(ctx)) });
}

export const Event = {
  /** Entity references from the gateway: the id is all this subgraph needs; the fields load what they need, batched. */
  __resolveReference: (reference: { id: string }): EventRef => ({ id: reference.id }),
  participants: (event: EventRef, args: PageArgs & { channel?: MediaChannel | null; won?: boolean | null }, ctx: ParticipationContext): Promise<ParticipantConnectionView> =>
    ctx.loaders.participants.load({
      eventId: event.id,
      request: participantPage(args, limits(ctx)),
      filter: { channel: args.channel ?? null, won: args.won ?? null },
    }),
  participantCount: (event: EventRef, _: unknown, ctx: ParticipationContext): Promise<number> =>
    ctx.loaders.participantCount.load({ eventId: event.id, filter: { channel: null, won: null } }),
  drawSeedCommitment: async (event: EventRef, _: unknown, ctx: ParticipationContext): Promise<string | null> =>
    (await ctx.loaders.eventFacts.load(event.id))?.seedCommitment ?? null,
  draw: (event: EventRef, _: unknown, ctx: ParticipationContext): Promise<DrawView | null> => ctx.loaders.draw.load(event.id),
  winners: (event: EventRef, args: PageArgs, ctx: ParticipationContext): Promise<WinnerConnectionView> => winnersOf(event.id, args, ctx),
};
