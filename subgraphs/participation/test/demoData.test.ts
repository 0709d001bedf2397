import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { ParticipateDocument, VerifyDrawDocument } from '@attendgate/schema/operations';
import { DEMO_DRAWN_EVENT_ID, DEMO_OPEN_EVENT_ID } from '../src/services/demoData.ts';
import { startParticipationStack, uniquePhone, type ParticipationStack } from './support/stack.ts';

let stack: ParticipationStack;
beforeAll(async () => {
  stack = await startParticipationStack();
});
afterAll(async () => stack?.stop());

async function counts() {
  const [row] = await stack.sql<{ entries: string; draws: string; facts: string }>(
    `select (select count(*) from "participation"."participation")::text as entries, (select count(*) from "participation"."draw")::text as draws,
       (select count(*) from "participation"."event_facts")::text as facts`,
  );
  return row;
}

describe('demo data', () => {
  it('shows an event open for entries and a drawn one whose draw verifies, and seeding again changes nothing', async () => {
    const lines = await stack.subgraph.api.seedDemo!();
    expect(lines.join('\n')).toContain(DEMO_OPEN_EVENT_ID);
    const first = await counts();
    expect(first).toEqual({ entries: '17', draws: '1', facts: '2' });
    await stack.subgraph.api.seedDemo!();
    expect(await counts()).toEqual(first);

    const admin = await stack.token(crypto.randomUUID(), 'ADMIN');
    const verified = await stack.graphql({ query: print(VerifyDrawDocument), variables: { eventId: DEMO_DRAWN_EVENT_ID }, token: admin });
    expect(verified.body.errors).toBeUndefined();
    expect(verified.body.data.verifyDraw).toMatchObject({ matches: true, event: { participantCount: 12 } });
    expect(verified.body.data.verifyDraw.recomputedWinnerEntryNumbers).toHaveLength(3);

    const entered = await stack.graphql({
      query: print(ParticipateDocument),
      variables: { eventId: DEMO_OPEN_EVENT_ID, name: '홍길동', phone: uniquePhone(), entryPath: 'INSTAGRAM', consent: true },
    });
    expect(entered.body.errors).toBeUndefined();
    expect(entered.body.data.participate.entryNumber).toMatch(/^\d{4}-\d$/);
  });
});
