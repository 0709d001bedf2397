import type { MikroORM } from '@mikro-orm/postgresql';
import { AppError, MEDIA_CHANNELS, type DomainEvent } from '@attendgate/platform';
import { drawWinners, type DrawWinnersDeps } from './drawWinners.ts';
import type { createEventFactsService } from './eventFacts.ts';
import { participate, type ParticipateDeps } from './participate.ts';

/**
 * Demo data for `npm start`: two events this subgraph knows as if the events subgraph had published them
 * (fixed ids, so the demo is the same on every machine), one open for entries and one with entries and a
 * finished draw. The owner is a fixed id that is no one's account, so the demo admin is who can look at
 * their lists; the events subgraph's own demo events, once it publishes them, take entries like these.
 *
 * Idempotent: the facts are re-published with a fresh period (so the open event stays open), entries that
 * exist are refused as duplicates and skipped, and an event already drawn is not drawn again.
 */
export const DEMO_OWNER_ID = '00000000-0000-4000-8000-00000000d001';
export const DEMO_OPEN_EVENT_ID = '00000000-0000-4000-8000-00000000e001';
export const DEMO_DRAWN_EVENT_ID = '00000000-0000-4000-8000-00000000e002';
const DEMO_NAMES = ['김민준', '이서연', '박도윤', '최하은', '정시우', '강지아', '조하준', '윤서아', '장예준', '임수아', '한지호', '오지유'];
const DAY_MS = 24 * 3600_000;

export async function seedDemoData(deps: {
  orm: MikroORM;
  eventFacts: ReturnType<typeof createEventFactsService>;
  participate: ParticipateDeps;
  draw: DrawWinnersDeps;
}): Promise<string[]> {
  const now = Date.now();
  for (const [eventId, title] of [[DEMO_OPEN_EVENT_ID, '데모 카페 가을 이벤트'], [DEMO_DRAWN_EVENT_ID, '데모 카페 여름 이벤트 (추첨 완료)']] as const) {
    await deps.orm.em.fork().transactional((em) => deps.eventFacts.applyPublished(em, published(eventId, title, now)));
  }
  for (const [eventId, count] of [[DEMO_OPEN_EVENT_ID, 5], [DEMO_DRAWN_EVENT_ID, DEMO_NAMES.length]] as const) {
    for (let i = 0; i < count; i++) {
      const input = {
        eventId,
        name: DEMO_NAMES[i]!,
        phone: `0100000${eventId === DEMO_OPEN_EVENT_ID ? 1 : 2}${String(i).padStart(3, '0')}`,
        entryPath: MEDIA_CHANNELS[i % MEDIA_CHANNELS.length]!,
        consent: true,
        storeVisited: i % 3 === 0,
      };
      await participate(deps.participate, deps.orm.em.fork(), input, null).catch(skipRefusal);
    }
  }
  await drawWinners(deps.draw, deps.orm.em.fork(), { eventId: DEMO_DRAWN_EVENT_ID, winnerCount: 3, visitBonus: true }, DEMO_OWNER_ID).catch(skipRefusal);
  return [
    'participation: demo events (entries need no account; lists, draws and verifyDraw are for the owner and admins)',
    `  open for entries: ${DEMO_OPEN_EVENT_ID}`,
    `    mutation { participate(eventId: "${DEMO_OPEN_EVENT_ID}", name: "홍길동", phone: "010-1234-5678", entryPath: INSTAGRAM, consent: true) { entryNumber announcesAt message } }`,
    `  drawn (as admin): { verifyDraw(eventId: "${DEMO_DRAWN_EVENT_ID}") { matches event { participantCount winners { nodes { rank participant { entryNumber name phone } } } } } }`,
  ];
}

function published(eventId: string, title: string, now: number): DomainEvent<'EventPublished'> {
  return {
    id: crypto.randomUUID(),
    type: 'EventPublished',
    version: 1,
    source: 'events',
    occurredAt: new Date(now).toISOString(),
    data: {
      eventId,
      ownerId: DEMO_OWNER_ID,
      title,
      purpose: 'NEW_CUSTOMERS',
      channels: [...MEDIA_CHANNELS],
      startsAt: new Date(now - DAY_MS).toISOString(),
      endsAt: new Date(now + 30 * DAY_MS).toISOString(),
      announcesAt: new Date(now + 35 * DAY_MS).toISOString(),
      prize: { name: '아메리카노 쿠폰', quantity: 3, unitValueKrw: 4_500 },
      publishedAt: new Date(now).toISOString(),
    },
  };
}

/** A demo entry or draw that already exists (or an event that no longer takes entries) is left as it is. */
function skipRefusal(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
}
