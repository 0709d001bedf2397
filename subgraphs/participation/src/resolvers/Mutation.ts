import type { MediaChannel } from '@attendgate/platform';
import type { ParticipationContext } from '../context.ts';
import type { DrawView, FileLink, ParticipationReceipt } from '../services/views.ts';

interface ParticipateArgs {
  eventId: string;
  name: string;
  phone: string;
  entryPath: MediaChannel;
  consent: boolean;
  storeVisited?: boolean | null;
}

export const Mutation = {
  participate: (_: unknown, args: ParticipateArgs, ctx: ParticipationContext): Promise<ParticipationReceipt> =>
    ctx.services.participate(ctx.em, args, ctx.clientAddress),
  drawWinners: (_: unknown, args: { eventId: string; winnerCount: number; visitBonus?: boolean | null }, ctx: ParticipationContext): Promise<DrawView> =>
    ctx.services.drawWinners(ctx.em, { eventId: args.eventId, winnerCount: args.winnerCount, visitBonus: args.visitBonus === true }, ctx.auth!.userId),
  participantsCsvLink: (_: unknown, args: { eventId: string }, ctx: ParticipationContext): Promise<FileLink> =>
    ctx.services.participantsCsvLink(ctx.em, args.eventId),
};
