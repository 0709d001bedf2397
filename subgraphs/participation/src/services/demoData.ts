import type { MikroORM } from '@mikro-orm/postgresql';
import { AppError, DEMO_EVENT_IDS, DEMO_USER_IDS } from '@attendgate/platform';
import { EventFacts } from '../entities/index.ts';
import { participate, type ParticipateDeps } from './participate.ts';

/** How long `npm start` waits for the events subgraph's demo event to reach this subgraph (EventPublished). */
const DEMO_EVENT_WAIT_MS = 15_000;
const DEMO_EVENT_POLL_MS = 200;
const DEMO_NAMES = ['김민준', '이서연', '박도윤', '최하은', '정시우', '강지아', '조하준', '윤서아', '장예준', '임수아', '한지호', '오지유'];
/**
 * The users subgraph's demo customer (이고객, 010-0000-0003) enters first, so their entry is 0001-3: the gates
 * demo checks them in at the demo venue with it. The other entrants' phones stay clear of the demo accounts'.
 */
const DEMO_CUSTOMER = { name: '이고객', phone: '01000000003' };
const demoEntrants = [DEMO_CUSTOMER, ...DEMO_NAMES.map((name, i) => ({ name, phone: `0100000${String(100 + i).padStart(4, '0')}` }))];

/**
 * Demo entries for `npm start`: a dozen customers enter the events subgraph's published demo event (the demo
 * owner's, by the platform's fixed demo ids), some through the store, so that the demo owner sees a masked
 * participant list, can download it and can draw the winners themselves. The event reaches participation as
 * in production, through EventPublished, so this waits (a few seconds at most) for its facts to arrive.
 *
 * Idempotent: an entry that exists is refused as a duplicate and skipped; once the owner has drawn, entries
 * are refused as DRAWN and skipped too.
 */
export async function seedDemoData(deps: { orm: MikroORM; participate: ParticipateDeps }): Promise<string[]> {
  const eventId = DEMO_EVENT_IDS.published;
  const facts = await waitForFacts(deps.orm, eventId);
  if (!facts) {
    return [`participation: the demo event ${eventId} has not been published to participation; no demo entries`];
  }
  for (const [i, { name, phone }] of demoEntrants.entries()) {
    const input = {
      eventId,
      name,
      phone,
      entryPath: facts.channels[i % facts.channels.length]!,
      consent: true,
      storeVisited: i % 3 === 0,
    };
    await participate(deps.participate, deps.orm.em.fork(), input, null).catch(skipRefusal);
  }
  const owner = DEMO_USER_IDS.OWNER === facts.ownerId ? 'the demo owner' : 'its owner';
  return [
    `participation: ${demoEntrants.length} demo entries in ${eventId} (the demo customer's is 0001-3); anyone may enter, ${owner} (and admins) see them masked`,
    `  mutation { participate(eventId: "${eventId}", name: "홍길동", phone: "010-1234-5678", entryPath: INSTAGRAM, consent: true) { entryNumber announcesAt message } }`,
    `  as the owner: { event(id: "${eventId}") { participantCount participants { nodes { entryNumber name phone entryPath } } drawSeedCommitment } }`,
    `  then: mutation { drawWinners(eventId: "${eventId}", winnerCount: 3, visitBonus: true) { seed winners { nodes { rank participant { entryNumber name } } } } }`,
  ];
}

async function waitForFacts(orm: MikroORM, eventId: string): Promise<EventFacts | null> {
  const deadline = Date.now() + DEMO_EVENT_WAIT_MS;
  for (;;) {
    const facts = await orm.em.fork().findOne(EventFacts, { id: eventId });
    if (facts || Date.now() > deadline) return facts;
    await new Promise((resolve) => setTimeout(resolve, DEMO_EVENT_POLL_MS));
  }
}

/** A demo entry that exists already (or an event that no longer takes entries) is left as it is. */
function skipRefusal(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
}
