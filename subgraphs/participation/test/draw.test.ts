import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEventData } from '@attendgate/platform';
import { DRAW_ALGORITHM_VERSION, seedCommitment } from '../src/domain/draw/winnerDraw.ts';
import { entryInput, firstError, participate, startParticipationStack, type ParticipationStack, type TestEvent } from './support/stack.ts';

let stack: ParticipationStack;
let selected: () => Promise<DomainEventData<'WinnerSelected'>[]>;
beforeAll(async () => {
  stack = await startParticipationStack({ PARTICIPATION_MAX_WINNERS: '50' });
  selected = await stack.probe('WinnerSelected');
});
afterAll(async () => stack?.stop());

const DRAW = `mutation Draw($id: ID!, $count: Int!, $bonus: Boolean) {
  drawWinners(eventId: $id, winnerCount: $count, visitBonus: $bonus) {
    id drawnAt winnerCount entrantCount visitBonus visitorTickets algorithmVersion seedCommitment seedCommittedAt seed entrantListHash
    winners { totalCount nodes { rank notificationStatus participant { id entryNumber name phone won storeVisited } } }
  }
}`;

const VERIFY = `query Verify($id: ID!) {
  verifyDraw(eventId: $id) { matches algorithmKnown seedMatchesCommitment entrantListMatches winnersMatchLog winnerFlagsMatchLog recomputedWinnerEntryNumbers verifiedAt }
}`;

function draw(event: TestEvent, count: number, bonus = false, token = event.ownerToken) {
  return stack.graphql({ query: DRAW, variables: { id: event.eventId, count, bonus }, token });
}

function verify(event: TestEvent, token = event.ownerToken) {
  return stack.graphql({ query: VERIFY, variables: { id: event.eventId }, token });
}

/** An event with `count` entrants (every third visited the store); returns their phones by entry number. */
async function eventWithEntrants(count: number): Promise<{ event: TestEvent; phones: Map<string, string> }> {
  const event = await stack.publishEvent();
  const phones = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const input = entryInput(event.eventId, { name: `당첨후보${i}`, storeVisited: i % 3 === 0, entryPath: event.channels[i % event.channels.length] });
    const result = await participate(stack, input);
    phones.set(result.body.data.participate.entryNumber, input.phone as string);
  }
  return { event, phones };
}

async function drawCount(eventId: string): Promise<number> {
  const [row] = await stack.sql<{ count: string }>('select count(*)::text as count from "participation"."draw" where event_id = ?', [eventId]);
  return Number(row!.count);
}

describe('the winner draw', () => {
  it('draws distinct winners among the entrants, logs everything needed to recompute it, and shows them masked', async () => {
    const { event } = await eventWithEntrants(12);
    const commitment = (await stack.graphql({ query: `{ event(id: "${event.eventId}") { drawSeedCommitment } }` })).body.data.event.drawSeedCommitment;
    const result = await draw(event, 3, true);
    expect(result.body.errors).toBeUndefined();
    const log = result.body.data.drawWinners;
    expect(log).toMatchObject({ winnerCount: 3, entrantCount: 12, visitBonus: true, visitorTickets: 2, algorithmVersion: DRAW_ALGORITHM_VERSION, seedCommitment: commitment });
    // The seed revealed now is the one committed to before the draw.
    expect(seedCommitment(Buffer.from(log.seed, 'hex'))).toBe(commitment);
    expect(Date.parse(log.seedCommittedAt)).toBeLessThan(Date.parse(log.drawnAt));
    const winners = log.winners.nodes;
    expect(winners.map((w: any) => w.rank)).toEqual([1, 2, 3]);
    expect(new Set(winners.map((w: any) => w.participant.id)).size).toBe(3);
    for (const winner of winners) {
      expect(winner.participant).toMatchObject({ name: expect.stringMatching(/^당\*+$/), phone: expect.stringMatching(/^010-\*\*\*\*-\d{4}$/), won: true });
    }
    const shown = (await stack.graphql({ query: `{ event(id: "${event.eventId}") { draw { id seed } winners { totalCount nodes { rank participant { entryNumber } } } participants(won: true) { totalCount } } }`, token: event.ownerToken })).body.data.event;
    expect(shown.draw).toEqual({ id: log.id, seed: log.seed });
    expect(shown.winners.totalCount).toBe(3);
    expect(shown.winners.nodes.map((w: any) => w.participant.entryNumber)).toEqual(winners.map((w: any) => w.participant.entryNumber));
    expect(shown.participants.totalCount).toBe(3);
  });

  it('publishes WinnerSelected with the winners in order, and recomputes to the same winners', async () => {
    const { event } = await eventWithEntrants(6);
    const log = (await draw(event, 2)).body.data.drawWinners;
    const published = await stack.eventually(async () => (await selected()).find((data) => data.eventId === event.eventId));
    expect(published).toMatchObject({ drawId: log.id, entrantCount: 6 });
    expect(published.winners.map((w) => w.entryNumber)).toEqual(log.winners.nodes.map((w: any) => w.participant.entryNumber));
    const verification = (await verify(event)).body.data.verifyDraw;
    expect(verification).toMatchObject({ matches: true, algorithmKnown: true, seedMatchesCommitment: true, entrantListMatches: true, winnersMatchLog: true, winnerFlagsMatchLog: true });
    expect(verification.recomputedWinnerEntryNumbers).toEqual(published.winners.map((w) => w.entryNumber));
  });

  it('happens once per event: ten concurrent draws make exactly one, the rest get INVALID_STATE', async () => {
    const { event } = await eventWithEntrants(8);
    const results = await Promise.all(Array.from({ length: 10 }, () => draw(event, 2)));
    const drawn = results.filter((result) => !result.body.errors);
    expect(drawn).toHaveLength(1);
    expect(results.filter((result) => result.body.errors).map((result) => firstError(result))).toEqual(
      Array.from({ length: 9 }, () => expect.objectContaining({ code: 'INVALID_STATE', extensions: expect.objectContaining({ state: 'DRAWN' }) })),
    );
    expect(await drawCount(event.eventId)).toBe(1);
    const [marked] = await stack.sql<{ count: string }>('select count(*)::text as count from "participation"."participation" where event_id = ? and won', [event.eventId]);
    expect(marked!.count).toBe('2');
    // No re-draw later either (seed 004's change log), and no more entries.
    expect(firstError(await draw(event, 1))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'DRAWN' } });
    expect(firstError(await participate(stack, entryInput(event.eventId)))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'DRAWN' } });
  });

  it('closes entries atomically: entries racing a draw are either among its entrants or refused, never left out', async () => {
    const { event } = await eventWithEntrants(5);
    const racing = Array.from({ length: 30 }, (_, i) => participate(stack, entryInput(event.eventId, { name: `경쟁자${i}` })));
    const drawn = draw(event, 2);
    const [drawResult, ...entries] = await Promise.all([drawn, ...racing]);
    expect(drawResult.body.errors).toBeUndefined();
    const codes = entries.map((result) => firstError(result).code ?? 'OK');
    expect(codes.every((code) => code === 'OK' || code === 'INVALID_STATE')).toBe(true);
    const rows = await stack.entries(event.eventId);
    expect(drawResult.body.data.drawWinners.entrantCount).toBe(rows.length);
    expect(rows.length).toBe(5 + codes.filter((code) => code === 'OK').length);
    expect((await verify(event)).body.data.verifyDraw.matches).toBe(true);
  });

  it('refuses a winner count outside 1..entrants (and the configured maximum) with BAD_USER_INPUT, drawing nothing', async () => {
    const { event } = await eventWithEntrants(3);
    for (const count of [0, -1, 4, 51]) {
      expect(firstError(await draw(event, count)), `count ${count}`).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'winnerCount' } });
    }
    expect(await drawCount(event.eventId)).toBe(0);
    expect((await draw(event, 3)).body.errors).toBeUndefined();
  });

  it('refuses an event without entrants, a cancelled event and an unknown one', async () => {
    const empty = await stack.publishEvent();
    expect(firstError(await draw(empty, 1))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'NO_ENTRANTS' } });
    const { event: cancelled } = await eventWithEntrants(2);
    await stack.publishDomainEvent('EventEnded', { eventId: cancelled.eventId, ownerId: cancelled.ownerId, outcome: 'CANCELLED', endedAt: new Date().toISOString() });
    await stack.waitForFacts(cancelled.eventId, (row) => row.status === 'CANCELLED');
    expect(firstError(await draw(cancelled, 1))).toMatchObject({ code: 'INVALID_STATE', extensions: { state: 'CANCELLED' } });
    const owner = await stack.token(crypto.randomUUID(), 'OWNER');
    const unknown = await stack.graphql({ query: DRAW, variables: { id: crypto.randomUUID(), count: 1 }, token: owner });
    expect(firstError(unknown).code).toBe('NOT_FOUND');
    expect(await drawCount(cancelled.eventId)).toBe(0);
  });

  it('may be run only by the event’s owner: not another owner, not an admin, not anonymously', async () => {
    const { event } = await eventWithEntrants(2);
    expect(firstError(await draw(event, 1, false, await stack.token(crypto.randomUUID(), 'OWNER'))).code).toBe('FORBIDDEN');
    expect(firstError(await draw(event, 1, false, await stack.token(crypto.randomUUID(), 'ADMIN'))).code).toBe('FORBIDDEN');
    const anonymous = await stack.graphql({ query: DRAW, variables: { id: event.eventId, count: 1 } });
    expect(firstError(anonymous).code).toBe('UNAUTHENTICATED');
    expect(await drawCount(event.eventId)).toBe(0);
    // Admins may read the draw and verify it, once there is one.
    await draw(event, 1);
    expect((await verify(event, await stack.token(crypto.randomUUID(), 'ADMIN'))).body.data.verifyDraw.matches).toBe(true);
    expect(firstError(await verify(event, await stack.token(crypto.randomUUID(), 'OWNER'))).code).toBe('FORBIDDEN');
  });
});

describe('verifyDraw', () => {
  it('says NOT_FOUND before the draw', async () => {
    const { event } = await eventWithEntrants(1);
    expect(firstError(await verify(event)).code).toBe('NOT_FOUND');
  });

  it.each([
    ['the revealed seed replaced', 'seedMatchesCommitment', `update "participation"."draw" set seed_hex = repeat('00', 32) where event_id = ?`],
    ['the logged winners edited', 'winnersMatchLog', `update "participation"."draw" set winner_ids = winner_ids - 0 where event_id = ?`],
    ['an entrant’s store visit flipped', 'entrantListMatches', `update "participation"."participation" set store_visited = not store_visited where event_id = ? and entry_sequence = 2`],
    ['a loser marked as a winner', 'winnerFlagsMatchLog', `update "participation"."participation" set won = true where id = (select id from "participation"."participation" where event_id = ? and not won limit 1)`],
  ])('detects a tampered log: %s', async (_label, check, tamper) => {
    const { event } = await eventWithEntrants(6);
    await draw(event, 2, true);
    expect((await verify(event)).body.data.verifyDraw.matches).toBe(true);
    await stack.sql(tamper, [event.eventId]);
    const verification = (await verify(event)).body.data.verifyDraw;
    expect(verification.matches).toBe(false);
    expect(verification[check]).toBe(false);
  });

  it('detects an entrant slipped in after the draw', async () => {
    const table = (name: string) => `"participation"."${name}"`;
    const { event: other } = await eventWithEntrants(4);
    await draw(other, 1);
    await stack.sql(
      `insert into ${table('participation')} (id, event_id, entry_sequence, entry_number, name_ciphertext, phone_ciphertext, phone_index, masked_name, masked_phone, entry_path, store_visited, consented_at, won, registered_at)
       values (gen_random_uuid(), ?, 999, '0999-0', 'v1:x', 'v1:x', 'slipped-in', '김**', '010-****-0000', 'INSTAGRAM', false, now(), false, now())`,
      [other.eventId],
    );
    expect((await verify(other)).body.data.verifyDraw).toMatchObject({ matches: false, entrantListMatches: false });
  });
});
