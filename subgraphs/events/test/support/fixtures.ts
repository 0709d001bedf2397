import { eventually } from '@attendgate/platform/testing';
import type { EventsStack, GraphqlResult } from './stack.ts';

export { eventually };

export const EVENT_FIELDS = `id status purpose title description participationMethod chosenRecommendation { id }
  store { name category region } prize { name quantity unitValueKrw } period { startsAt endsAt announcesAt }
  recommendations { id title description prize { name quantity unitValueKrw } period { startsAt endsAt announcesAt } participationMethod expectedEffect { summary estimatedParticipants estimatedCostKrw } fromFallback }
  images { id platform style source width height byteSize url }
  distributions { channel status externalPostId costKrw attempts errorCode errorMessage publishedAt }
  createdAt updatedAt publishedAt endedAt`;

export const JOB_FIELDS = `id kind status progress attempts maxAttempts errorCode errorMessage nextRetryAt createdAt startedAt finishedAt updatedAt
  event { id status }
  result { __typename ... on RecommendationsResult { origin recommendations { id title } } ... on ImagesResult { images { id platform url } } ... on DistributionResult { distributions { channel status externalPostId } } }`;

export const CREATE = `mutation($input: CreateEventDraftInput!) { createEventDraft(input: $input) { ${EVENT_FIELDS} } }`;
export const UPDATE = `mutation($eventId: ID!, $input: UpdateEventDraftInput!) { updateEventDraft(eventId: $eventId, input: $input) { ${EVENT_FIELDS} } }`;
export const REQUEST_AI = `mutation($eventId: ID!) { requestAiRecommendations(eventId: $eventId) { ${JOB_FIELDS} } }`;
export const SELECT = `mutation($eventId: ID!, $recommendationId: ID!) { selectRecommendation(eventId: $eventId, recommendationId: $recommendationId) { ${EVENT_FIELDS} } }`;
export const IMAGES = `mutation($eventId: ID!, $style: ImageStyle!, $platforms: [ImagePlatform!]!) { generateEventImages(eventId: $eventId, style: $style, platforms: $platforms) { ${JOB_FIELDS} } }`;
export const APPROVE = `mutation($eventId: ID!, $channels: [MediaChannel!]!) { approveAndDistribute(eventId: $eventId, channels: $channels) { ${JOB_FIELDS} } }`;
export const RETRY_DISTRIBUTION = `mutation($eventId: ID!, $channel: MediaChannel!) { retryDistribution(eventId: $eventId, channel: $channel) { ${JOB_FIELDS} } }`;
export const RETRY_JOB = `mutation($jobId: ID!) { retryJob(jobId: $jobId) { ${JOB_FIELDS} } }`;
export const CANCEL = `mutation($eventId: ID!) { cancelEvent(eventId: $eventId) { id status endedAt } }`;
export const END = `mutation($eventId: ID!) { endEvent(eventId: $eventId) { id status endedAt } }`;
export const EVENT = `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
export const JOB = `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`;
export const MY_EVENTS = `query($first: Int, $after: String, $filter: MyEventsFilter) { myEvents(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id status purpose createdAt } } }`;
export const JOB_UPDATED = `subscription($jobId: ID!) { jobUpdated(jobId: $jobId) { id kind status progress attempts errorCode } }`;

export const ALL_CHANNELS = ['LOCAL_TV', 'GENIE_TV', 'INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL', 'RINGO_BIZ'] as const;
export const CHANNEL_SIMULATORS = { LOCAL_TV: 'local-tv', GENIE_TV: 'genie-tv', INSTAGRAM: 'instagram', NAVER_BLOG: 'naver-blog', KAKAO_CHANNEL: 'kakao-channel', RINGO_BIZ: 'ringo-biz' } as const;
/** The image formats the six channels post. */
export const CHANNEL_FORMATS = ['TV_SCREEN', 'INSTAGRAM_SQUARE', 'BLOG_BANNER', 'KAKAO_FEED'];

export function draftInput(overrides: Record<string, unknown> = {}) {
  return { purpose: 'NEW_CUSTOMERS', store: { name: '골목 카페', category: 'cafe', region: '서울 마포구' }, ...overrides };
}

export function firstError(result: GraphqlResult) {
  const error = result.body.errors?.[0];
  return { code: error?.extensions?.code as string | undefined, extensions: error?.extensions ?? {}, message: error?.message };
}

/** Polls the job until it has one of `statuses`. */
export async function jobReaches(stack: EventsStack, token: string, jobId: string, statuses: string[], timeoutMs = 20_000) {
  return eventually(async () => {
    const job = (await stack.graphql({ query: JOB, variables: { id: jobId }, token })).body.data?.job;
    return statuses.includes(job?.status) ? job : undefined;
  }, timeoutMs);
}

/** A draft of a fresh owner, created through the gateway. */
export async function createDraft(stack: EventsStack, token: string, overrides: Record<string, unknown> = {}) {
  const result = await stack.graphql({ query: CREATE, variables: { input: draftInput(overrides) }, token });
  if (result.body.errors) throw new Error(JSON.stringify(result.body.errors));
  return result.body.data.createEventDraft;
}

/** Drives an event to READY with its first recommendation chosen. */
export async function readyEvent(stack: EventsStack, token: string, overrides: Record<string, unknown> = {}) {
  const event = await createDraft(stack, token, overrides);
  const job = (await stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token })).body.data.requestAiRecommendations;
  await jobReaches(stack, token, job.id, ['SUCCEEDED']);
  const ready = (await stack.graphql({ query: EVENT, variables: { id: event.id }, token })).body.data.event;
  const selected = await stack.graphql({ query: SELECT, variables: { eventId: event.id, recommendationId: ready.recommendations[0].id }, token });
  if (selected.body.errors) throw new Error(JSON.stringify(selected.body.errors));
  return selected.body.data.selectRecommendation;
}

/** READY with the posters every channel needs. */
export async function eventWithImages(stack: EventsStack, token: string, overrides: Record<string, unknown> = {}) {
  const event = await readyEvent(stack, token, overrides);
  const job = (await stack.graphql({ query: IMAGES, variables: { eventId: event.id, style: 'VIBRANT', platforms: CHANNEL_FORMATS }, token })).body.data.generateEventImages;
  await jobReaches(stack, token, job.id, ['SUCCEEDED'], 30_000);
  return event;
}

/** Counts rows of a table of the events schema matching a where clause. */
export async function count(stack: EventsStack, table: string, where = 'true', values: unknown[] = []): Promise<number> {
  const [row] = await stack.sql<{ n: string }>(`select count(*)::text as n from events.${table} where ${where}`, values);
  return Number(row?.n ?? 0);
}
