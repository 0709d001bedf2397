import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, isShortCircuit, UpstreamError, type AuthClaims, type DomainEventPublisher, type JobQueue, type Logger } from '@attendgate/platform';
import type { ChannelAdapter, ChannelPost } from '../adapters/channels/index.ts';
import { periodText } from '../adapters/posterRenderer.ts';
import { missingPlanParts } from '../domain/eventPlan.ts';
import { CHANNEL_IMAGE, missingImages } from '../domain/imageFormats.ts';
import { progressOf } from '../domain/jobAttempts.ts';
import { MEDIA_CHANNELS, type MediaChannel } from '../domain/vocabulary.ts';
import { ChannelDistribution, Event, EventImage, Job } from '../entities/index.ts';
import { END_EVENT_QUEUE, type EndEventJobData } from '../jobs/jobNames.ts';
import type { JobRun } from '../jobs/trackedJob.ts';
import { distributionCompleted, eventPublished } from './domainEventPayloads.ts';
import { moveTo, requireStatus } from './eventAccess.ts';
import type { ImageLinks } from './imageLinks.ts';
import type { JobStore } from './jobStore.ts';
import { startOrJoin } from './startJob.ts';

export interface DistributionDeps {
  jobs: JobStore;
  queue: JobQueue;
  events: DomainEventPublisher;
  channels: Record<MediaChannel, ChannelAdapter>;
  links: ImageLinks;
  deadlineMs: number;
  logger: Logger;
}

interface DistributionParams {
  channels: MediaChannel[];
}

/** The key sent to a channel for an event's post: the same on every attempt and every later run. */
export function idempotencyKey(eventId: string, channel: MediaChannel): string {
  return `${eventId}:${channel}`;
}

function checkChannels(channels: readonly MediaChannel[]): MediaChannel[] {
  const wanted = [...new Set(channels)];
  if (wanted.length === 0) throw AppError.badInput('Choose at least one channel.', 'channels');
  if (!wanted.every((c) => (MEDIA_CHANNELS as readonly string[]).includes(c))) throw AppError.badInput('Unknown channel.', 'channels');
  return MEDIA_CHANNELS.filter((c) => wanted.includes(c));
}

/**
 * UFR-EVENT-050: the owner approves; in one transaction the event becomes PUBLISHED (EventPublished), each
 * channel gets a PENDING row, the distribution job is written, and the end of the period is scheduled. An
 * event that is not READY with a chosen recommendation (a draft, or one already distributed) is refused with
 * INVALID_STATE; a channel whose image format is missing with IMAGES_REQUIRED. Nothing changes then.
 */
export async function approveAndDistribute(deps: DistributionDeps, em: EntityManager, actor: AuthClaims, eventId: string, channels: readonly MediaChannel[]): Promise<Job> {
  const chosen = checkChannels(channels);
  return startOrJoin(deps.jobs, em, actor, eventId, { kind: 'DISTRIBUTION', dedupeKey: 'distribution', params: { channels: chosen }, join: false }, async (event, tx) => {
    requireStatus(event, ['READY'], 'be approved');
    if (!event.chosenRecommendationId) {
      throw new AppError(ErrorCode.INVALID_STATE, 'Choose one of the recommendations before approving.', { state: event.status, missing: ['recommendation'] });
    }
    const missing = missingPlanParts(event);
    if (missing.length) throw new AppError(ErrorCode.INVALID_STATE, `The event needs its ${missing.join(', ')} before approval.`, { state: event.status, missing });
    const images = await tx.find(EventImage, { eventId: event.id }, { fields: ['platform'] });
    const lacking = missingImages(chosen, images.map((image) => image.platform));
    if (lacking.length) {
      throw new AppError(ErrorCode.IMAGES_REQUIRED, `Generate the ${lacking.join(', ')} images first: the chosen channels post them.`, { platforms: lacking });
    }
    const now = new Date();
    moveTo(event, 'PUBLISHED');
    event.publishedAt = now;
    event.channels = chosen;
    for (const channel of chosen) {
      tx.create(ChannelDistribution, { id: randomUUID(), eventId: event.id, channel, status: 'PENDING', costKrw: 0, attempts: 0, createdAt: now, updatedAt: now });
    }
    await tx.flush();
    await deps.events.publish(tx, 'EventPublished', eventPublished(event));
    await deps.queue.sendInTransaction<EndEventJobData>(tx, END_EVENT_QUEUE, { eventId: event.id }, { startAfter: event.endsAt!, singletonKey: event.id });
  });
}

/** Distributes once more to one channel whose distribution FAILED (a double click returns the same job). */
export async function retryDistribution(deps: DistributionDeps, em: EntityManager, actor: AuthClaims, eventId: string, channel: MediaChannel): Promise<Job> {
  const [only] = checkChannels([channel]);
  return startOrJoin(deps.jobs, em, actor, eventId, { kind: 'DISTRIBUTION', dedupeKey: `distribution:${only}`, params: { channels: [only] } }, async (event, tx) => {
    requireStatus(event, ['PUBLISHED'], 'be distributed again');
    const row = await tx.findOne(ChannelDistribution, { eventId: event.id, channel: only });
    if (!row) throw AppError.badInput('The event was not distributed to this channel.', 'channel');
    if (row.status !== 'FAILED') {
      throw new AppError(ErrorCode.INVALID_STATE, `The distribution to ${only} is ${row.status}; only a FAILED one can be retried.`, { state: row.status });
    }
    row.status = 'PENDING';
    row.updatedAt = new Date();
  });
}

/** Why a channel failed, as a stable code: it refused the post itself, or it could not be reached in time. */
function channelFailure(error: unknown): { code: string; message: string } {
  if (error instanceof UpstreamError && !error.transient) return { code: ErrorCode.CHANNEL_REJECTED, message: error.message.slice(0, 500) };
  if (isShortCircuit(error)) return { code: ErrorCode.UPSTREAM_UNAVAILABLE, message: 'The channel is unavailable (circuit open or too many calls in flight).' };
  if (error instanceof UpstreamError) return { code: ErrorCode.UPSTREAM_UNAVAILABLE, message: error.message.slice(0, 500) };
  return { code: ErrorCode.UPSTREAM_UNAVAILABLE, message: 'The channel did not answer within the time allowed.' };
}

/**
 * The worker's side: every channel of the run in parallel, each through its own adapter (bulkhead, 10 s per
 * attempt, retries), all under one deadline (1 minute, seed 002). Each channel's outcome is committed as it
 * comes (a resumed run skips channels already PUBLISHED); the job's success and DistributionCompleted are
 * written together at the end, once.
 */
export async function runDistribution(deps: DistributionDeps, run: JobRun): Promise<void> {
  const { job, em, deliveryId } = run;
  const params = (await em.findOneOrFail(Job, job.id)).params as unknown as DistributionParams;
  const event = await em.findOneOrFail(Event, job.eventId);
  if (event.status !== 'PUBLISHED') {
    await em.transactional((tx) => deps.jobs.succeed(tx, job.id, deliveryId, { channels: [] }));
    return;
  }
  const images = await em.find(EventImage, { eventId: event.id }, { fields: ['id', 'platform'] });
  const imageUrl = (channel: MediaChannel) => {
    const platform = CHANNEL_IMAGE[channel];
    const image = platform ? images.find((candidate) => candidate.platform === platform) : undefined;
    return image ? deps.links.publicUrl(image.id) : null;
  };
  const post = (channel: MediaChannel): ChannelPost => ({
    eventId: event.id, storeName: event.storeName, region: event.storeRegion, title: event.title!, description: event.description ?? '',
    prizeText: `${event.prizeName} · ${event.prizeQuantity!.toLocaleString('ko-KR')}명`,
    periodText: periodText({ startsAt: event.startsAt!, endsAt: event.endsAt!, announcesAt: event.announcesAt ?? null }),
    startsAt: event.startsAt!, endsAt: event.endsAt!, imageUrl: imageUrl(channel), landingUrl: deps.links.landingUrl(event.id),
  });

  const deadline = AbortSignal.timeout(deps.deadlineMs);
  let done = 0;
  const settle = async () => run.progress(progressOf(++done, params.channels.length));
  await Promise.all(
    params.channels.map(async (channel) => {
      const row = await em.fork().findOne(ChannelDistribution, { eventId: event.id, channel });
      if (!row || row.status === 'PUBLISHED') return settle();
      let attempts = 0;
      try {
        const receipt = await deps.channels[channel].publish(post(channel), { idempotencyKey: idempotencyKey(event.id, channel), signal: deadline, onAttempt: () => void attempts++ });
        await em.fork().nativeUpdate(
          ChannelDistribution,
          { eventId: event.id, channel, status: { $ne: 'PUBLISHED' } },
          { status: 'PUBLISHED', externalPostId: receipt.externalPostId, costKrw: receipt.costKrw, attempts: row.attempts + attempts, errorCode: null, errorMessage: null, publishedAt: new Date(), updatedAt: new Date() },
        );
      } catch (error) {
        const failure = channelFailure(error);
        deps.logger.warn({ err: error, eventId: event.id, channel, code: failure.code }, 'distribution to a channel failed');
        await em.fork().nativeUpdate(
          ChannelDistribution,
          { eventId: event.id, channel, status: { $ne: 'PUBLISHED' } },
          { status: 'FAILED', attempts: row.attempts + Math.max(attempts, 1), errorCode: failure.code, errorMessage: failure.message, updatedAt: new Date() },
        );
      }
      await settle();
    }),
  );

  await em.fork().transactional(async (tx) => {
    const rows = await tx.find(ChannelDistribution, { eventId: event.id, channel: { $in: params.channels } }, { orderBy: { channel: 'asc' } });
    if (!(await deps.jobs.succeed(tx, job.id, deliveryId, { distributionIds: rows.map((row) => row.id) }))) return;
    await deps.events.publish(tx, 'DistributionCompleted', distributionCompleted(event, job.id, rows, new Date()));
  });
}
