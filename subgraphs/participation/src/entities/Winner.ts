import { defineEntity, p } from '@mikro-orm/postgresql';
import { DrawSchema } from './Draw.ts';
import { ParticipationSchema } from './Participation.ts';

export const NOTIFICATION_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * One winner of a draw and the state of their text message: PENDING until the SMS provider accepts it
 * (SENT, with its message id) or every retry failed or the number cannot take messages (FAILED, with why).
 */
export const WinnerSchema = defineEntity({
  name: 'Winner',
  tableName: 'winner',
  properties: {
    participation: () => p.oneToOne(ParticipationSchema).primary().deleteRule('cascade'),
    draw: () => p.manyToOne(DrawSchema).deleteRule('cascade'),
    /** 1 for the first drawn. */
    rank: p.integer(),
    notificationStatus: p.enum(NOTIFICATION_STATUSES).default('PENDING'),
    notificationAttempts: p.integer().default(0),
    messageId: p.string().length(100).nullable(),
    notificationError: p.string().length(200).nullable(),
    notifiedAt: p.datetime().nullable(),
  },
  uniques: [{ name: 'winner_draw_rank_unique', properties: ['draw', 'rank'] }],
});

export class Winner extends WinnerSchema.class {}
WinnerSchema.setClass(Winner);
