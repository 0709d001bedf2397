import { defineEntity, p } from '@mikro-orm/postgresql';
import { MEDIA_CHANNELS } from '@attendgate/platform';
import { EVENT_FACT_STATUSES } from '../domain/eventFacts.ts';

/**
 * The facts about an event that participation needs, kept from the events subgraph's EventPublished and
 * EventEnded (see domain/eventFacts.ts for why a local read model). The row is also where per-event state
 * of this subgraph lives:
 *
 * - `entrySequenceReserved`: the highest entry sequence number handed out in blocks (services/entryNumbers.ts);
 * - `drawnAt`: set by the one draw, which closes entries;
 * - the draw seed and its commitment, made when the event is first seen, so the commitment is public before
 *   any draw (the seed is encrypted at rest and revealed only in the draw log).
 *
 * Entries take a KEY SHARE lock on this row and the draw takes FOR UPDATE, so a draw waits for entries in
 * flight and an entry that arrives during a draw sees it (services/participate.ts, services/drawWinners.ts).
 */
export const EventFactsSchema = defineEntity({
  name: 'EventFacts',
  tableName: 'event_facts',
  properties: {
    id: p.uuid().primary(),
    ownerId: p.uuid(),
    status: p.enum(EVENT_FACT_STATUSES),
    title: p.string().length(200).nullable(),
    prizeName: p.string().length(200).nullable(),
    channels: p.enum(MEDIA_CHANNELS).array(),
    startsAt: p.datetime().nullable(),
    endsAt: p.datetime().nullable(),
    announcesAt: p.datetime().nullable(),
    publishedEventAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
    entrySequenceReserved: p.integer().default(0),
    drawnAt: p.datetime().nullable(),
    /** `v1:<keyId>:<…>` (platform cipher, associated data `participation.draw_seed`); hex of 32 random bytes. */
    seedCiphertext: p.text().hidden(),
    /** SHA-256 (hex) of the seed bytes. */
    seedCommitment: p.string().length(64),
    seedCommittedAt: p.datetime(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ name: 'event_facts_owner_id_index', properties: ['ownerId'] }],
});

export class EventFacts extends EventFactsSchema.class {}
EventFactsSchema.setClass(EventFacts);
