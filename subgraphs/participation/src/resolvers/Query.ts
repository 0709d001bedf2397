import type { ParticipationContext } from '../context.ts';
import type { DrawVerificationView } from '../services/views.ts';

export const Query = {
  verifyDraw: (_: unknown, args: { eventId: string }, ctx: ParticipationContext): Promise<DrawVerificationView> => ctx.services.verifyDraw(ctx.em, args.eventId),
};
