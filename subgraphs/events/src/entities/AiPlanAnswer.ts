import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * The last good AI answer for each input (hash of purpose, store, region, season, date, count): the
 * fallback when the provider fails (seed 002: "Fallback: AI 추천 시 캐시된 이전 결과"). Kept in PostgreSQL
 * rather than only Redis so it survives a cache flush; the 24-hour Redis cache sits in front of the provider.
 */
export const AiPlanAnswerSchema = defineEntity({
  name: 'AiPlanAnswer',
  tableName: 'ai_plan_answer',
  properties: {
    inputHash: p.string().length(64).primary(),
    plans: p.json<unknown[]>(),
    model: p.string().length(100),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class AiPlanAnswer extends AiPlanAnswerSchema.class {}
AiPlanAnswerSchema.setClass(AiPlanAnswer);
