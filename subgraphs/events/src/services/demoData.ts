import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DEMO_EVENT_IDS, DEMO_USER_IDS, type AuthClaims, type DomainEventPublisher } from '@attendgate/platform';
import { renderPoster } from '../adapters/posterRenderer.ts';
import { IMAGE_SIZES, type ImagePlatform } from '../domain/imageFormats.ts';
import { koreanDate, startOfKoreanDay } from '../domain/season.ts';
import { MEDIA_CHANNELS, type MediaChannel } from '../domain/vocabulary.ts';
import { Event, EventImage, Recommendation, type Job } from '../entities/index.ts';
import { eventCreated } from './domainEventPayloads.ts';

const DAY_MS = 86_400_000;
const DEMO_STORE = { storeName: '데모 카페', storeCategory: 'cafe', storeRegion: '서울 강남구' };
const DEMO_IMAGES: ImagePlatform[] = ['INSTAGRAM_SQUARE', 'BLOG_BANNER', 'KAKAO_FEED', 'TV_SCREEN'];

/**
 * The demo owner's events for `npm start` (the owner is the users subgraph's demo account, by its fixed id):
 * a draft to try the AI recommendations on, and an event that goes through approval and distribution to
 * all six channel simulators, with real posters. Idempotent by the fixed event ids.
 */
export async function seedDemoEvents(
  deps: { events: DomainEventPublisher; approve: (em: EntityManager, actor: AuthClaims, eventId: string, channels: readonly MediaChannel[]) => Promise<Job> },
  em: EntityManager,
): Promise<string[]> {
  const ownerId = DEMO_USER_IDS.OWNER;
  const owner: AuthClaims = { userId: ownerId, role: 'OWNER', sessionId: 'demo-seed', expiresAt: new Date(Date.now() + DAY_MS) };
  const lines = ['events: the demo owner has a draft and a published event (myEvents)'];
  try {
    if (!(await em.fork().findOne(Event, DEMO_EVENT_IDS.draft))) {
      await em.fork().transactional(async (tx) => {
        const event = tx.create(Event, { id: DEMO_EVENT_IDS.draft, ownerId, purpose: 'NEW_CUSTOMERS', status: 'DRAFT', ...DEMO_STORE, createdAt: new Date(), updatedAt: new Date() });
        await tx.flush();
        await deps.events.publish(tx, 'EventCreated', eventCreated(event));
      });
    }
    if (!(await em.fork().findOne(Event, DEMO_EVENT_IDS.published))) {
      const start = startOfKoreanDay(koreanDate(new Date()));
      const plan = {
        title: '단골 고객 감사 라떼 추첨 이벤트', description: '데모 카페를 찾아 주신 이웃께 감사드리며, 응모하신 분 중 추첨으로 시그니처 라떼를 드립니다.',
        prizeName: '시그니처 라떼 1잔', prizeQuantity: 30, prizeUnitValueKrw: 6_000,
        startsAt: start, endsAt: new Date(start.getTime() + 14 * DAY_MS), announcesAt: new Date(start.getTime() + 16 * DAY_MS + 10 * 3_600_000),
        participationMethod: 'ENTRY_FORM' as const,
      };
      const images = await Promise.all(
        DEMO_IMAGES.map(async (platform) => ({
          platform,
          png: await renderPoster({ ...IMAGE_SIZES[platform], style: 'VIBRANT', content: { storeName: DEMO_STORE.storeName, title: plan.title, prize: { name: plan.prizeName, quantity: plan.prizeQuantity }, period: plan } }),
        })),
      );
      await em.fork().transactional(async (tx) => {
        const recommendationId = randomUUID();
        const now = new Date();
        const event = tx.create(Event, { id: DEMO_EVENT_IDS.published, ownerId, purpose: 'REVISIT', status: 'READY', ...DEMO_STORE, ...plan, chosenRecommendationId: recommendationId, createdAt: now, updatedAt: now });
        tx.create(Recommendation, {
          id: recommendationId, eventId: event.id, jobId: randomUUID(), position: 0, ...plan, effectSummary: '재방문율 상승 기대: 참여 200명 예상',
          estimatedParticipants: 200, estimatedCostKrw: 180_000, fromFallback: false, createdAt: now,
        });
        for (const { platform, png } of images) {
          tx.create(EventImage, {
            id: randomUUID(), eventId: event.id, platform, style: 'VIBRANT', source: 'TEMPLATE', ...IMAGE_SIZES[platform], byteSize: png.length,
            sha256: createHash('sha256').update(png).digest('hex'), content: png, jobId: randomUUID(), createdAt: now,
          });
        }
        await tx.flush();
        await deps.events.publish(tx, 'EventCreated', eventCreated(event));
      });
      // Through the real approval: EventPublished, PENDING channels and a distribution job to every simulator.
      await deps.approve(em.fork(), owner, DEMO_EVENT_IDS.published, MEDIA_CHANNELS);
    }
  } catch (error) {
    // Another process seeded the same events meanwhile: leave them.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  lines.push(`  ${DEMO_EVENT_IDS.published} PUBLISHED (distributed to the six channel simulators)`, `  ${DEMO_EVENT_IDS.draft} DRAFT (try requestAiRecommendations)`);
  return lines;
}
