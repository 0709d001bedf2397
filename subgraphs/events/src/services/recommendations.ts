import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type AuthClaims } from '@attendgate/platform';
import { aiPlanInput } from '../domain/aiPlans.ts';
import { Event, Recommendation, type Job } from '../entities/index.ts';
import type { JobRun } from '../jobs/trackedJob.ts';
import type { AiPlanSource } from './aiPlanSource.ts';
import { eventForActor, isUuid, moveTo, requireStatus } from './eventAccess.ts';
import { startOrJoin } from './startJob.ts';
import type { JobStore } from './jobStore.ts';

export interface RecommendationDeps {
  jobs: JobStore;
  source: AiPlanSource;
  planCount: number;
}

/** The dedupe key of AI work: one AI job at a time per event. */
const AI_WORK = 'ai';

/**
 * UFR-EVENT-030: asks the AI for plans. The event moves to RECOMMENDING and the job is written in the same
 * transaction; a second click while it runs returns the same job.
 */
export async function requestRecommendations(deps: RecommendationDeps, em: EntityManager, actor: AuthClaims, eventId: string): Promise<Job> {
  return startOrJoin(deps.jobs, em, actor, eventId, { kind: 'AI_RECOMMENDATION', dedupeKey: AI_WORK }, (event) => {
    requireStatus(event, ['DRAFT', 'READY'], 'ask for recommendations');
    moveTo(event, 'RECOMMENDING');
  });
}

/** The worker's side: plans from cache, provider or fallback, then the plans and READY in one transaction. */
export async function runRecommendations(deps: RecommendationDeps, run: JobRun): Promise<void> {
  const { job, em, deliveryId } = run;
  const event = await em.findOneOrFail(Event, job.eventId);
  if (event.status !== 'RECOMMENDING') {
    // Cancelled (or otherwise moved on) while queued: nothing to recommend for.
    await em.transactional((tx) => deps.jobs.succeed(tx, job.id, deliveryId, { recommendationIds: [], origin: 'NONE' }));
    return;
  }
  await run.progress(10);
  const now = new Date();
  const { plans, origin } = await deps.source.plansFor(em, aiPlanInput(event, now, deps.planCount), now);
  await run.progress(80);
  await em.fork().transactional(async (tx) => {
    const current = await tx.findOneOrFail(Event, job.eventId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const ids = plans.map(() => randomUUID());
    if (!(await deps.jobs.succeed(tx, job.id, deliveryId, { recommendationIds: ids, origin }))) return;
    plans.forEach((plan, position) => {
      tx.create(Recommendation, {
        id: ids[position]!, eventId: event.id, jobId: job.id, position, title: plan.title, description: plan.description,
        prizeName: plan.prize.name, prizeQuantity: plan.prize.quantity, prizeUnitValueKrw: plan.prize.unitValueKrw,
        startsAt: plan.period.startsAt, endsAt: plan.period.endsAt, announcesAt: plan.period.announcesAt,
        participationMethod: plan.participationMethod, effectSummary: plan.expectedEffect.summary,
        estimatedParticipants: plan.expectedEffect.estimatedParticipants, estimatedCostKrw: plan.expectedEffect.estimatedCostKrw,
        fromFallback: origin === 'FALLBACK', createdAt: now,
      });
    });
    if (current.status === 'RECOMMENDING') moveTo(current, 'READY');
    await tx.flush();
  });
}

/** When the AI job gives up for good, the event goes back to where it was, so the owner can ask again. */
export async function recommendationsDead(tx: EntityManager, job: Job): Promise<void> {
  const event = await tx.findOne(Event, job.eventId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (event?.status !== 'RECOMMENDING') return;
  const hadPlans = (await tx.count(Recommendation, { eventId: event.id })) > 0;
  moveTo(event, hadPlans ? 'READY' : 'DRAFT');
  await tx.flush();
}

/** Copies a suggested plan into the event (the owner edits it afterwards with updateEventDraft). */
export async function selectRecommendation(em: EntityManager, actor: AuthClaims, eventId: string, recommendationId: string): Promise<Event> {
  return em.transactional(async (tx) => {
    const event = await eventForActor(tx, eventId, actor, { lock: true });
    requireStatus(event, ['READY'], 'take a recommendation');
    const chosen = isUuid(recommendationId) ? await tx.findOne(Recommendation, { id: recommendationId, eventId: event.id }) : null;
    if (!chosen) throw AppError.notFound('The recommendation');
    tx.assign(event, {
      chosenRecommendationId: chosen.id, title: chosen.title, description: chosen.description,
      prizeName: chosen.prizeName, prizeQuantity: chosen.prizeQuantity, prizeUnitValueKrw: chosen.prizeUnitValueKrw,
      startsAt: chosen.startsAt, endsAt: chosen.endsAt, announcesAt: chosen.announcesAt ?? null,
      participationMethod: chosen.participationMethod, updatedAt: new Date(),
    });
    await tx.flush();
    return event;
  });
}
