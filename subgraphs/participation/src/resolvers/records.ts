import type { PageArgs } from '@attendgate/platform';
import type { ParticipationContext } from '../context.ts';
import type { DrawVerificationView, DrawView, EventRef, ParticipantConnectionView, WinnerConnectionView } from '../services/views.ts';
import { winnersOf } from './Event.ts';

/** The types hanging off an event: their fields are the views' own, except the hops back to the event. */
export const ParticipantConnection = {
  totalCount: (connection: ParticipantConnectionView, _: unknown, ctx: ParticipationContext): Promise<number> =>
    ctx.loaders.participantCount.load({ eventId: connection.eventId, filter: connection.filter }),
};

export const WinnerConnection = {
  totalCount: async (connection: WinnerConnectionView, _: unknown, ctx: ParticipationContext): Promise<number> =>
    (await ctx.loaders.draw.load(connection.eventId))?.winnerCount ?? 0,
};

export const Draw = {
  event: (draw: DrawView): EventRef => ({ id: draw.eventId }),
  winners: (draw: DrawView, args: PageArgs, ctx: ParticipationContext): Promise<WinnerConnectionView> => winnersOf(draw.eventId, args, ctx),
};

export const DrawVerification = {
  event: (verification: DrawVerificationView): EventRef => ({ id: verification.eventId }),
};
