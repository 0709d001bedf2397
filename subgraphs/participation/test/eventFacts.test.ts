import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerQueueName } from '@attendgate/platform';
import { seedCommitment } from '../src/domain/draw/winnerDraw.ts';
import { DRAW_SEED_PURPOSE } from '../src/services/personalData.ts';
import { entryInput, participate, startParticipationStack, type ParticipationStack } from './support/stack.ts';

let stack: ParticipationStack;
beforeAll(async () => {
  stack = await startParticipationStack();
});
afterAll(async () => stack?.stop());

describe('event facts from the events subgraph', () => {
  it('are kept from EventPublished: owner, channels, period, announcement, and a draw seed committed at once', async () => {
    const event = await stack.publishEvent({ channels: ['GENIE_TV'], title: '겨울 이벤트', announcesAt: null });
    const row = await stack.waitForFacts(event.eventId);
    expect(row).toMatchObject({ owner_id: event.ownerId, status: 'PUBLISHED', title: '겨울 이벤트', announces_at: null, drawn_at: null });
    expect(row.channels).toEqual(['GENIE_TV']);
    // The seed is stored encrypted; its commitment is its SHA-256, and the same seed is used by the draw later.
    expect(row.seed_ciphertext).toMatch(/^v1:/);
    const seed = stack.subgraph.runtime.cipher.decrypt(String(row.seed_ciphertext), DRAW_SEED_PURPOSE);
    expect(seedCommitment(Buffer.from(seed, 'hex'))).toBe(row.seed_commitment);
    const receipt = await participate(stack, entryInput(event.eventId, { entryPath: 'GENIE_TV' }));
    expect(receipt.body.data.participate.announcesAt).toBeNull();
  });

  it('follow a later publication of the same event (new channels, new period) and keep the seed', async () => {
    const event = await stack.publishEvent({ channels: ['INSTAGRAM'] });
    const before = await stack.waitForFacts(event.eventId);
    await stack.publishDomainEvent('EventPublished', {
      eventId: event.eventId, ownerId: event.ownerId, title: 'renamed', purpose: 'REVISIT', channels: ['INSTAGRAM', 'NAVER_BLOG'],
      startsAt: new Date(Date.now() - 1000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), announcesAt: null,
      prize: { name: '쿠폰', quantity: 1, unitValueKrw: 1000 }, publishedAt: new Date().toISOString(),
    });
    const after = await stack.waitForFacts(event.eventId, (row) => row.title === 'renamed');
    expect(after.channels).toEqual(['INSTAGRAM', 'NAVER_BLOG']);
    expect(after.seed_commitment).toBe(before.seed_commitment);
    expect((await participate(stack, entryInput(event.eventId, { entryPath: 'NAVER_BLOG' }))).body.errors).toBeUndefined();
  });

  it('are applied once per event id however often the queue delivers it', async () => {
    const event = await stack.publishEvent();
    const queue = stack.subgraph.runtime.queue;
    const name = consumerQueueName('participation', 'EventPublished');
    const envelope = (id: string, title: string, at: number) => ({
      id, type: 'EventPublished', version: 1, source: 'events', occurredAt: new Date(at).toISOString(),
      data: {
        eventId: event.eventId, ownerId: event.ownerId, title, purpose: 'REVISIT', channels: ['INSTAGRAM'],
        startsAt: new Date(at - 1000).toISOString(), endsAt: new Date(at + 86_400_000).toISOString(), announcesAt: null,
        prize: { name: '쿠폰', quantity: 1, unitValueKrw: 1000 }, publishedAt: new Date(at).toISOString(),
      },
    });
    const now = Date.now() + 1000;
    const redelivered = crypto.randomUUID();
    await queue.send(name, envelope(redelivered, 'first delivery', now));
    await stack.waitForFacts(event.eventId, (row) => row.title === 'first delivery');
    // The same envelope again (a redelivery), with a newer time and title that would win if it were applied.
    await queue.send(name, { ...envelope(redelivered, 'redelivered', now + 1000) });
    // A different event with a time between the two: it wins only if the redelivery was skipped.
    await queue.send(name, envelope(crypto.randomUUID(), 'next event', now + 500));
    await stack.eventually(async () => {
      const [open] = await stack.sql<{ count: string }>("select count(*)::text as count from pgboss.job where name = ? and state <> 'completed'", [name]);
      return open!.count === '0' ? true : undefined;
    });
    const [row] = await stack.sql<{ title: string }>('select title from "participation"."event_facts" where id = ?', [event.eventId]);
    expect(row!.title).toBe('next event');
    const [processed] = await stack.sql<{ count: string }>('select count(*)::text as count from "participation"."processed_domain_event" where event_id = ?', [redelivered]);
    expect(processed!.count).toBe('1');
  });
});
