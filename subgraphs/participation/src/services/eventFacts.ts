import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, FieldCipher } from '@attendgate/platform';
import { DRAW_SEED_BYTES, seedCommitment } from '../domain/draw/winnerDraw.ts';
import { applyEnded, applyPublished, type EventFacts as Facts } from '../domain/eventFacts.ts';
import { EventFacts } from '../entities/index.ts';
import { DRAW_SEED_PURPOSE } from './personalData.ts';

/**
 * Keeps the local facts of events from the events subgraph's domain events (consumed idempotently: the
 * platform records each event id in the same transaction). The row is locked while an event is applied, so
 * two events about one event apply one after the other; the merge rules (domain/eventFacts.ts) make the
 * outcome independent of their order.
 *
 * When an event is first seen, its draw seed is made and committed to (SHA-256 stored and shown as
 * Event.drawSeedCommitment), long before anyone can ask for a draw.
 */
export function createEventFactsService(cipher: FieldCipher) {
  function newSeed() {
    const seed = randomBytes(DRAW_SEED_BYTES);
    return { seedCiphertext: cipher.encrypt(seed.toString('hex'), DRAW_SEED_PURPOSE), seedCommitment: seedCommitment(seed), seedCommittedAt: new Date() };
  }

  async function apply(em: EntityManager, eventId: string, merge: (current: Facts | null) => Facts) {
    // First sight of the event: insert, unless another handler just did (then merge into its row).
    const created = await em
      .createQueryBuilder(EventFacts)
      .insert({ id: eventId, ...merge(null), entrySequenceReserved: 0, drawnAt: null, ...newSeed(), updatedAt: new Date() })
      .onConflict('id')
      .ignore()
      .execute('run');
    if (created.affectedRows) return;
    const existing = await em.findOneOrFail(EventFacts, { id: eventId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    em.assign(existing, merge(factsOf(existing)));
    await em.flush();
  }

  return {
    applyPublished(em: EntityManager, event: DomainEvent<'EventPublished'>) {
      const { data } = event;
      return apply(em, data.eventId, (current) =>
        applyPublished(current, {
          ownerId: data.ownerId,
          title: data.title,
          prizeName: data.prize.name,
          channels: data.channels,
          startsAt: new Date(data.startsAt),
          endsAt: new Date(data.endsAt),
          announcesAt: data.announcesAt ? new Date(data.announcesAt) : null,
          occurredAt: new Date(event.occurredAt),
        }),
      );
    },
    applyEnded(em: EntityManager, event: DomainEvent<'EventEnded'>) {
      const { data } = event;
      return apply(em, data.eventId, (current) => applyEnded(current, { ownerId: data.ownerId, outcome: data.outcome, endedAt: new Date(data.endedAt) }));
    },
  };
}

function factsOf(row: EventFacts): Facts {
  return {
    ownerId: row.ownerId,
    status: row.status,
    title: row.title ?? null,
    prizeName: row.prizeName ?? null,
    channels: [...row.channels],
    startsAt: row.startsAt ?? null,
    endsAt: row.endsAt ?? null,
    announcesAt: row.announcesAt ?? null,
    publishedEventAt: row.publishedEventAt ?? null,
    endedAt: row.endedAt ?? null,
  };
}
