import { DEMO_EVENT_IDS } from '@attendgate/platform';

/**
 * Analytics has no demo data of its own: in `npm start` the demo event and its entries reach it as in
 * production, through the events and participation subgraphs' domain events. This only tells the person
 * exploring where to look.
 */
export async function demoHints(): Promise<string[]> {
  return [`analytics: the demo owner's dashboard: query { dashboard(eventId: "${DEMO_EVENT_IDS.published}") { participantsTotal byChannel { channel participants } } }`];
}
