import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { DEMO_EVENT_IDS, DEMO_USER_IDS } from '@attendgate/platform';
import { DrawWinnersDocument, ParticipateDocument } from '@attendgate/schema/operations';
import { startParticipationStack, uniquePhone, type ParticipationStack } from './support/stack.ts';

let stack: ParticipationStack;
beforeAll(async () => {
  stack = await startParticipationStack();
});
afterAll(async () => stack?.stop());

async function entries() {
  return (await stack.entries(DEMO_EVENT_IDS.published)).length;
}

describe('demo data', () => {
  it('says so and writes nothing while the demo event has not been published', { timeout: 30_000 }, async () => {
    const lines = await stack.subgraph.api.seedDemo!();
    expect(lines.join('\n')).toContain('has not been published');
    expect(await entries()).toBe(0);
  });

  it('enters the demo customer (entry 0001-3, which the gates demo checks in) and a dozen others in the published demo event, which the demo owner can then list and draw; seeding again changes nothing', async () => {
    // The events subgraph publishes its demo event for the demo owner; here the test does it the same way.
    const event = await stack.publishEvent({ eventId: DEMO_EVENT_IDS.published, ownerId: DEMO_USER_IDS.OWNER });
    const lines = await stack.subgraph.api.seedDemo!();
    expect(lines.join('\n')).toContain(DEMO_EVENT_IDS.published);
    const seeded = await stack.entries(DEMO_EVENT_IDS.published);
    expect(seeded).toHaveLength(13);
    expect(seeded[0]).toMatchObject({ entry_number: '0001-3' });
    await stack.subgraph.api.seedDemo!();
    expect(await entries()).toBe(13);

    const entered = await stack.graphql({
      query: print(ParticipateDocument),
      variables: { eventId: DEMO_EVENT_IDS.published, name: '홍길동', phone: uniquePhone(), entryPath: 'INSTAGRAM', consent: true },
    });
    expect(entered.body.errors).toBeUndefined();
    const owner = await stack.token(DEMO_USER_IDS.OWNER, 'OWNER');
    const listed = await stack.graphql({ query: `{ event(id: "${DEMO_EVENT_IDS.published}") { participantCount participants { totalCount } } }`, token: owner });
    expect(listed.body.data.event).toEqual({ participantCount: 14, participants: { totalCount: 14 } });
    const drawn = await stack.graphql({ query: print(DrawWinnersDocument), variables: { eventId: event.eventId, winnerCount: 3, visitBonus: true }, token: owner });
    expect(drawn.body.errors).toBeUndefined();
    expect(drawn.body.data.drawWinners.winners.nodes).toHaveLength(3);
    // After the owner's draw, seeding again still changes nothing.
    await stack.subgraph.api.seedDemo!();
    expect(await entries()).toBe(14);
  });
});
