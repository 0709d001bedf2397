import { defineEntity, p } from '@mikro-orm/postgresql';
import { EventFactsSchema } from './EventFacts.ts';

/**
 * The draw log (추첨 로그, UFR-PART-030): everything needed to recompute the draw (verifyDraw) — algorithm
 * version, the seed and its commitment, the entrant-list hash, the bonus rule and the winners in order —
 * plus who drew and when. One per event (`draw_event_unique`): the seed's change log removed the re-draw.
 */
export const DrawSchema = defineEntity({
  name: 'Draw',
  tableName: 'draw',
  properties: {
    id: p.uuid().primary(),
    event: () => p.manyToOne(EventFactsSchema).deleteRule('cascade'),
    drawnBy: p.uuid(),
    drawnAt: p.datetime(),
    algorithmVersion: p.string().length(200),
    seedHex: p.string().length(64),
    seedCommitment: p.string().length(64),
    seedCommittedAt: p.datetime(),
    entrantListHash: p.string().length(64),
    entrantCount: p.integer(),
    winnerCount: p.integer(),
    visitBonus: p.boolean(),
    visitorTickets: p.integer(),
    /** Participation ids in the order drawn. */
    winnerIds: p.json<string[]>(),
  },
  uniques: [{ name: 'draw_event_unique', properties: ['event'] }],
});

export class Draw extends DrawSchema.class {}
DrawSchema.setClass(Draw);
