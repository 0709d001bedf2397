import { z } from 'zod';
import { checkDescription, checkPeriod, checkPrize, checkTitle, type Period, type Prize } from './eventPlan.ts';
import { koreanDate, seasonAt, startOfKoreanDay, type Season } from './season.ts';
import { PARTICIPATION_METHODS, type EventPurpose, type ParticipationMethod } from './vocabulary.ts';

const HOUR_MS = 3_600_000;
/** Winners are announced at 10:00 on the announcement date (Korean time). */
const ANNOUNCE_HOUR = 10;

/** What the AI is asked about; its hash keys the cache and the last good answer. */
export interface AiPlanInput {
  purpose: EventPurpose;
  storeName: string;
  storeCategory: string;
  region: string;
  season: Season;
  /** Korean date the plans start after (part of the input: plans are dated). */
  today: string;
  count: number;
}

export function aiPlanInput(event: { purpose: EventPurpose; storeName: string; storeCategory: string; storeRegion: string }, now: Date, count: number): AiPlanInput {
  return { purpose: event.purpose, storeName: event.storeName, storeCategory: event.storeCategory, region: event.storeRegion, season: seasonAt(now), today: koreanDate(now), count };
}

/** The JSON the model must answer (the system prompt spells it out; see adapters/aiPlanner.ts). */
export const aiPlanSchema = z.object({
  title: z.string(),
  description: z.string(),
  prize: z.object({ name: z.string(), quantity: z.number().int(), unitValueKrw: z.number().int() }),
  period: z.object({ startDate: z.iso.date(), endDate: z.iso.date(), announceDate: z.iso.date().nullish() }),
  participationMethod: z.string(),
  expectedEffect: z.object({
    summary: z.string(),
    estimatedParticipants: z.number().int().nonnegative().nullish(),
    estimatedCostKrw: z.number().int().nonnegative().nullish(),
  }),
});
export const aiAnswerSchema = z.object({ plans: z.array(z.unknown()).max(20) });
export type AiPlan = z.infer<typeof aiPlanSchema>;

/** A plan as we keep it: checked, normalised, dated in instants. */
export interface EventPlan {
  title: string;
  description: string;
  prize: Prize;
  period: Period;
  participationMethod: ParticipationMethod;
  expectedEffect: { summary: string; estimatedParticipants: number | null; estimatedCostKrw: number | null };
}

/**
 * Turns the model's plans into ours, dropping any that break a rule (a model is not trusted to follow the
 * schema): dates become instants in Korean time (start 00:00, end exclusive at the next midnight,
 * announcement 10:00). Returns the valid plans in the model's order.
 */
export function toEventPlans(raw: readonly unknown[], now: Date): EventPlan[] {
  const plans: EventPlan[] = [];
  for (const candidate of raw) {
    const parsed = aiPlanSchema.safeParse(candidate);
    if (!parsed.success) continue;
    const plan = parsed.data;
    const title = checkTitle(plan.title);
    const description = checkDescription(plan.description);
    const prize = checkPrize(plan.prize);
    const method = (PARTICIPATION_METHODS as readonly string[]).includes(plan.participationMethod) ? (plan.participationMethod as ParticipationMethod) : null;
    const period = checkPeriod(
      {
        startsAt: startOfKoreanDay(plan.period.startDate),
        endsAt: new Date(startOfKoreanDay(plan.period.endDate).getTime() + 24 * HOUR_MS),
        announcesAt: plan.period.announceDate ? new Date(startOfKoreanDay(plan.period.announceDate).getTime() + ANNOUNCE_HOUR * HOUR_MS) : null,
      },
      now,
    );
    if (!title.ok || !description.ok || !prize.ok || !period.ok || !method) continue;
    plans.push({
      title: title.value,
      description: description.value,
      prize: prize.value,
      period: period.value,
      participationMethod: method,
      expectedEffect: {
        summary: plan.expectedEffect.summary.normalize('NFKC').trim().slice(0, 500),
        estimatedParticipants: plan.expectedEffect.estimatedParticipants ?? null,
        estimatedCostKrw: plan.expectedEffect.estimatedCostKrw ?? null,
      },
    });
  }
  return plans;
}
