import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, type AuthClaims, type Logger } from '@attendgate/platform';
import type { ImageGenerator } from '../adapters/imageGenerator.ts';
import { renderPoster } from '../adapters/posterRenderer.ts';
import { missingPlanParts } from '../domain/eventPlan.ts';
import { IMAGE_STATUSES } from '../domain/eventStatus.ts';
import { IMAGE_PLATFORMS, IMAGE_SIZES, type ImagePlatform } from '../domain/imageFormats.ts';
import { seasonAt } from '../domain/season.ts';
import { IMAGE_STYLES, type ImageSource, type ImageStyle } from '../domain/vocabulary.ts';
import { Event, EventImage, Job } from '../entities/index.ts';
import type { JobRun } from '../jobs/trackedJob.ts';
import { requireStatus } from './eventAccess.ts';
import type { JobStore } from './jobStore.ts';
import { startOrJoin } from './startJob.ts';

export interface ImageDeps {
  jobs: JobStore;
  generator: ImageGenerator;
  logger: Logger;
}

interface ImageParams {
  style: ImageStyle;
  platforms: ImagePlatform[];
}

/** What a style asks the image model for (the text is ours, so the prompt forbids any). */
const STYLE_PROMPTS: Record<ImageStyle, string> = {
  SIMPLE: 'calm, minimal, soft paper texture, lots of empty space',
  VIBRANT: 'festive, bright colours, confetti and light bokeh',
  TRENDY: 'modern gradient, neon accents, geometric shapes',
};

/**
 * UFR-CONT-010: posters for the chosen formats. The event needs its title, prize and period first; the same
 * request again while it runs returns the same job, a different one waits (INVALID_STATE).
 */
export async function generateImages(deps: ImageDeps, em: EntityManager, actor: AuthClaims, eventId: string, style: ImageStyle, platforms: readonly ImagePlatform[]): Promise<Job> {
  if (!(IMAGE_STYLES as readonly string[]).includes(style)) throw AppError.badInput('Choose one of the image styles.', 'style');
  const wanted = [...new Set(platforms)].sort();
  if (wanted.length === 0) throw AppError.badInput('Choose at least one image format.', 'platforms');
  if (!wanted.every((p) => (IMAGE_PLATFORMS as readonly string[]).includes(p))) throw AppError.badInput('Unknown image format.', 'platforms');
  const params: ImageParams = { style, platforms: wanted };
  return startOrJoin(
    deps.jobs, em, actor, eventId,
    { kind: 'IMAGE_GENERATION', dedupeKey: 'images', params: { ...params }, sameWork: (active) => JSON.stringify(active.params) === JSON.stringify(params) },
    (event) => {
      requireStatus(event, IMAGE_STATUSES, 'get new images');
      const missing = missingPlanParts(event).filter((part) => part !== 'participationMethod');
      if (missing.length) {
        throw new AppError(ErrorCode.INVALID_STATE, `The event needs its ${missing.join(', ')} before images can be made.`, { state: event.status, missing });
      }
    },
  );
}

/**
 * The worker's side: for each format, a background from the image service (20 s, seed 002) or the
 * style's template when it is slow, down or refuses, then our poster text over it; all images replace the
 * event's previous ones of those formats in one transaction with the job's success.
 */
export async function runImages(deps: ImageDeps, run: JobRun): Promise<void> {
  const { job, em, deliveryId } = run;
  const params = (await em.findOneOrFail(Job, job.id)).params as unknown as ImageParams;
  const event = await em.findOneOrFail(Event, job.eventId);
  if (!IMAGE_STATUSES.includes(event.status)) {
    await em.transactional((tx) => deps.jobs.succeed(tx, job.id, deliveryId, { imageIds: [] }));
    return;
  }
  const rendered: { platform: ImagePlatform; source: ImageSource; png: Buffer }[] = [];
  for (const [index, platform] of params.platforms.entries()) {
    const size = IMAGE_SIZES[platform];
    let background: Buffer | null = null;
    try {
      const prompt = `Poster background for a ${event.storeCategory} in ${event.storeRegion}, ${seasonAt(new Date()).toLowerCase()}, ${STYLE_PROMPTS[params.style]}. No text, no letters.`;
      background = await deps.generator.background(prompt, size);
    } catch (error) {
      deps.logger.warn({ err: error, jobId: job.id, platform }, 'image service gave no picture; using the template');
    }
    const png = await renderPoster({
      ...size, style: params.style, background,
      content: {
        storeName: event.storeName, title: event.title!, prize: { name: event.prizeName!, quantity: event.prizeQuantity! },
        period: { startsAt: event.startsAt!, endsAt: event.endsAt!, announcesAt: event.announcesAt ?? null },
      },
    });
    rendered.push({ platform, source: background ? 'GENERATED' : 'TEMPLATE', png });
    await run.progress(Math.round(((index + 1) / params.platforms.length) * 90));
  }
  await em.fork().transactional(async (tx) => {
    const ids = rendered.map(() => randomUUID());
    if (!(await deps.jobs.succeed(tx, job.id, deliveryId, { imageIds: ids }))) return;
    await tx.nativeDelete(EventImage, { eventId: event.id, platform: { $in: params.platforms } });
    rendered.forEach(({ platform, source, png }, i) => {
      tx.create(EventImage, {
        id: ids[i]!, eventId: event.id, platform, style: params.style, source, ...IMAGE_SIZES[platform], byteSize: png.length,
        sha256: createHash('sha256').update(png).digest('hex'), content: png, jobId: job.id, createdAt: new Date(),
      });
    });
    await tx.flush();
  });
}
