import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyValueStore, Logger } from '@attendgate/platform';
import type { AiPlanner } from '../adapters/aiPlanner.ts';
import { toEventPlans, type AiPlanInput, type EventPlan } from '../domain/aiPlans.ts';
import { redatePlans } from '../domain/planDates.ts';
import { AiPlanAnswer } from '../entities/index.ts';

/** Where a set of plans came from (shown in the job's result). */
export type PlanOrigin = 'PROVIDER' | 'CACHE' | 'FALLBACK';

export interface AiPlanSource {
  /** At least `input.count` valid plans, or throws the provider's failure when there is no fallback. */
  plansFor(em: EntityManager, input: AiPlanInput, now: Date): Promise<{ plans: EventPlan[]; origin: PlanOrigin }>;
}

/**
 * The key of an AI question: everything that shapes the answer except the date (a cached or fallback
 * answer from another day is re-dated to start after today).
 */
export function aiInputHash(input: AiPlanInput): string {
  const { purpose, storeName, storeCategory, region, season, count } = input;
  return createHash('sha256').update(JSON.stringify({ purpose, storeName, storeCategory, region, season, count })).digest('hex');
}

/**
 * AI plans cache-aside (seed 002): the Redis cache (24 h by input hash) first, then the provider through
 * its resilience policy, then, when the provider fails, the last good answer for the same inputs, kept in
 * PostgreSQL (seed 002: "Fallback: 캐시된 이전 결과"). A broken cache counts as a miss.
 */
export function createAiPlanSource(deps: { planner: AiPlanner; kv: KeyValueStore; cacheTtlMs: number; logger: Logger }): AiPlanSource {
  const { planner, kv, cacheTtlMs, logger } = deps;
  const cacheKey = (hash: string) => `events:ai-plans:${hash}`;
  const usableFor = (input: AiPlanInput, now: Date) => (raw: readonly unknown[]) => {
    const plans = toEventPlans(redatePlans(raw, input.today), now).slice(0, input.count);
    return plans.length >= input.count ? plans : null;
  };

  async function cached(hash: string): Promise<unknown[] | null> {
    try {
      const text = await kv.get(cacheKey(hash));
      return text ? (JSON.parse(text) as unknown[]) : null;
    } catch (error) {
      logger.warn({ err: error }, 'AI plan cache unavailable; asking the provider');
      return null;
    }
  }

  return {
    async plansFor(em, input, now) {
      const hash = aiInputHash(input);
      const usable = usableFor(input, now);
      const hit = await cached(hash);
      const fromCache = hit ? usable(hit) : null;
      if (fromCache) return { plans: fromCache, origin: 'CACHE' };
      try {
        const raw = await planner.plans(input, (answer) => usable(answer) !== null);
        try {
          await kv.set(cacheKey(hash), JSON.stringify(raw), cacheTtlMs);
        } catch (error) {
          logger.warn({ err: error }, 'could not cache AI plans');
        }
        await em.upsert(AiPlanAnswer, { inputHash: hash, plans: raw, model: planner.model, updatedAt: new Date() });
        return { plans: usable(raw)!, origin: 'PROVIDER' };
      } catch (error) {
        const lastGood = await em.fork().findOne(AiPlanAnswer, hash);
        const fallback = lastGood ? usable(lastGood.plans) : null;
        if (!fallback) throw error;
        logger.warn({ err: error, breaker: planner.breakerState }, 'AI provider failed; using the last good answer for the same inputs');
        return { plans: fallback, origin: 'FALLBACK' };
      }
    },
  };
}
