import type { EntityManager } from '@mikro-orm/postgresql';
import { createResiliencePolicy, type AuthClaims, type JobDefinition, type Page, type PageArgs, type SubgraphRuntime } from '@attendgate/platform';
import { createAiPlanner, AI_PROVIDER } from '../adapters/aiPlanner.ts';
import { createChannelAdapters } from '../adapters/channels/index.ts';
import { createImageGenerator, IMAGE_GENERATOR } from '../adapters/imageGenerator.ts';
import { policySettings, type EventsConfig } from '../config.ts';
import { IMAGE_PLATFORMS, type ImagePlatform } from '../domain/imageFormats.ts';
import type { EventPurpose, EventStatus, ImageStyle, JobKind, MediaChannel } from '../domain/vocabulary.ts';
import type { Event, Job } from '../entities/index.ts';
import { eventsWorkers } from '../jobs/workers.ts';
import { createAiPlanSource } from './aiPlanSource.ts';
import { seedDemoEvents } from './demoData.ts';
import { approveAndDistribute, retryDistribution, type DistributionDeps } from './distribution.ts';
import { cancelEvent, createDraft, endEvent, eventOf, jobsOfEvent, myEvents, updateDraft, type CreateDraftInput, type UpdateDraftInput } from './drafts.ts';
import { createImageLinks, type ImageLinks } from './imageLinks.ts';
import { generateImages } from './images.ts';
import { createJobSweeper, jobOf, retryJob } from './jobControl.ts';
import { createJobStore, type JobStore } from './jobStore.ts';
import { recommendationsDead, requestRecommendations, selectRecommendation } from './recommendations.ts';

/**
 * The events subgraph's use cases, wired once per process. Each takes the request's EntityManager and the
 * caller; resolvers only translate arguments and answers.
 */
export interface EventsServices {
  createDraft(em: EntityManager, actor: AuthClaims, input: CreateDraftInput): Promise<Event>;
  updateDraft(em: EntityManager, actor: AuthClaims, eventId: string, input: UpdateDraftInput): Promise<Event>;
  cancel(em: EntityManager, actor: AuthClaims, eventId: string): Promise<Event>;
  end(em: EntityManager, actor: AuthClaims, eventId: string): Promise<Event>;
  event(em: EntityManager, actor: AuthClaims, eventId: string): Promise<Event>;
  myEvents(em: EntityManager, actor: AuthClaims, args: PageArgs & { filter?: { status?: EventStatus[] | null; purpose?: EventPurpose | null } | null }): Promise<Page<Event> & { totalCount: number }>;
  jobsOfEvent(em: EntityManager, eventId: string, args: PageArgs): Promise<Page<Job> & { totalCount: number }>;
  requestRecommendations(em: EntityManager, actor: AuthClaims, eventId: string): Promise<Job>;
  selectRecommendation(em: EntityManager, actor: AuthClaims, eventId: string, recommendationId: string): Promise<Event>;
  generateImages(em: EntityManager, actor: AuthClaims, eventId: string, style: ImageStyle, platforms: readonly ImagePlatform[]): Promise<Job>;
  approveAndDistribute(em: EntityManager, actor: AuthClaims, eventId: string, channels: readonly MediaChannel[]): Promise<Job>;
  retryDistribution(em: EntityManager, actor: AuthClaims, eventId: string, channel: MediaChannel): Promise<Job>;
  job(em: EntityManager, actor: AuthClaims, jobId: string): Promise<Job>;
  retryJob(em: EntityManager, actor: AuthClaims, jobId: string): Promise<Job>;
  /** Marks jobs whose worker died (run periodically; also callable by tests). */
  sweepJobs(): Promise<number>;
  links: ImageLinks;
  jobs: JobStore;
  workers: JobDefinition<any>[];
  seedDemo(em: EntityManager): Promise<string[]>;
}

/** Longest time one attempt-with-retries of a policy can take (timeouts plus backoff). */
function longestCallMs(settings: ReturnType<typeof policySettings>): number {
  let total = settings.timeoutMs * (settings.retries + 1);
  for (let retry = 0; retry < settings.retries; retry++) total += Math.min(settings.retryDelayMs * 2 ** retry, settings.maxRetryDelayMs);
  return total;
}

/** How long a run may take before the queue decides its worker died: its longest legitimate run plus slack. */
function expiries(config: EventsConfig): Record<JobKind, number> {
  const seconds = (ms: number) => Math.max(1, Math.ceil((ms + config.EVENTS_JOB_EXPIRY_MARGIN_MS) / 1000));
  const perImageMs = longestCallMs(policySettings(config, 'IMAGE')) + 5_000;
  return {
    AI_RECOMMENDATION: seconds(longestCallMs(policySettings(config, 'AI'))),
    IMAGE_GENERATION: seconds(perImageMs * IMAGE_PLATFORMS.length),
    DISTRIBUTION: seconds(config.EVENTS_DISTRIBUTION_DEADLINE_MS),
  };
}

export function createEventsServices(runtime: SubgraphRuntime<EventsConfig>): EventsServices {
  const { config, logger, kv, bus, queue, events, files, orm } = runtime;
  const jobs = createJobStore({
    queue, bus, logger,
    policy: { retryLimit: config.EVENTS_JOB_RETRIES, retryDelayMs: config.EVENTS_JOB_RETRY_DELAY_MS, expireInSeconds: expiries(config) },
  });
  const links = createImageLinks(files, { previewTtlMs: config.EVENTS_IMAGE_LINK_TTL_MS, publicUrl: config.PUBLIC_URL });
  const planner = createAiPlanner({
    baseUrl: config.AI_PROVIDER_URL, apiKey: config.EVENTS_AI_API_KEY, model: config.EVENTS_AI_MODEL,
    policy: createResiliencePolicy({ name: AI_PROVIDER, ...policySettings(config, 'AI') }, logger),
  });
  const generator = createImageGenerator({
    baseUrl: config.IMAGE_GENERATOR_URL, apiKey: config.EVENTS_IMAGE_API_KEY, model: config.EVENTS_IMAGE_MODEL,
    policy: createResiliencePolicy({ name: IMAGE_GENERATOR, ...policySettings(config, 'IMAGE') }, logger),
  });
  const recommendations = { jobs, source: createAiPlanSource({ planner, kv, cacheTtlMs: config.EVENTS_AI_CACHE_TTL_MS, logger }), planCount: config.EVENTS_AI_PLAN_COUNT };
  const images = { jobs, generator, logger };
  const distribution: DistributionDeps = {
    jobs, queue, events, links, logger, channels: createChannelAdapters(config, logger), deadlineMs: config.EVENTS_DISTRIBUTION_DEADLINE_MS,
  };
  const drafts = { events };
  const sweepJobs = createJobSweeper({ orm, queue, jobs, logger, onDead: { AI_RECOMMENDATION: recommendationsDead } });

  return {
    createDraft: (em, actor, input) => createDraft(drafts, em, actor, input),
    updateDraft,
    cancel: (em, actor, eventId) => cancelEvent(drafts, em, actor, eventId),
    end: async (em, actor, eventId) => (await endEvent(drafts, em, actor, eventId))!,
    event: eventOf,
    myEvents,
    jobsOfEvent,
    requestRecommendations: (em, actor, eventId) => requestRecommendations(recommendations, em, actor, eventId),
    selectRecommendation,
    generateImages: (em, actor, eventId, style, platforms) => generateImages(images, em, actor, eventId, style, platforms),
    approveAndDistribute: (em, actor, eventId, channels) => approveAndDistribute(distribution, em, actor, eventId, channels),
    retryDistribution: (em, actor, eventId, channel) => retryDistribution(distribution, em, actor, eventId, channel),
    job: jobOf,
    retryJob: (em, actor, jobId) => retryJob(jobs, em, actor, jobId),
    sweepJobs,
    links,
    jobs,
    workers: eventsWorkers({ orm, jobs, recommendations, images, distribution, drafts }),
    seedDemo: (em) => seedDemoEvents({ events, approve: (e, actor, eventId, channels) => approveAndDistribute(distribution, e, actor, eventId, channels) }, em),
  };
}
