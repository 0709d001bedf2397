import type { MikroORM } from '@mikro-orm/postgresql';
import { createBatcher, type BatcherOptions, type DomainEventData, type DomainEventPublisher, type MediaChannel } from '@attendgate/platform';
import type { StoredContact } from './personalData.ts';
import { TABLES } from './tables.ts';

/** One checked entry, numbered and sealed, ready to be written. */
export interface EntryWrite {
  participationId: string;
  eventId: string;
  sequence: number;
  entryNumber: string;
  contact: StoredContact;
  entryPath: MediaChannel;
  storeVisited: boolean;
  /** ParticipantRegistered's payload but its time, which is the batch's. */
  registered: Omit<DomainEventData<'ParticipantRegistered'>, 'registeredAt'>;
}

/**
 * What became of one entry: written; refused because the event does not take it now (closed, drawn, not
 * through this channel, unknown: the caller asks why); or refused as the phone's second entry in the event.
 */
export type EntryWriteOutcome = { written: true; announcesAt: string | null; now: Date } | { written: false; open: boolean; now: Date };

export interface EntryWritesDeps {
  orm: MikroORM;
  events: DomainEventPublisher;
  now?: () => Date;
}

/**
 * Writes entries in batches (group commit, createBatcher in platform/src/db/groupCommit.ts): one transaction per batch whose first
 * statement locks the facts rows (KEY SHARE) of the batch's events that take entries now, and inserts every
 * entry whose event and channel are open (`on conflict do nothing`, so of entries with one phone in one event
 * exactly one is written, whether they race in one batch or in several); then ParticipantRegistered for
 * exactly the rows inserted. No entry can make that statement fail for a reason of its own (refusals are rows
 * not inserted), so a batch fails only as a whole, and the batcher then writes its entries one by one.
 */
export function createEntryWrites(deps: EntryWritesDeps, options: BatcherOptions) {
  return createBatcher<EntryWrite, EntryWriteOutcome>(options, (entries) => writeEntries(deps, entries));
}

export type EntryWrites = ReturnType<typeof createEntryWrites>;

async function writeEntries(deps: EntryWritesDeps, entries: readonly EntryWrite[]): Promise<EntryWriteOutcome[]> {
  const rows = entries.map((entry) => ({
    id: entry.participationId,
    event_id: entry.eventId,
    entry_sequence: entry.sequence,
    entry_number: entry.entryNumber,
    name_ciphertext: entry.contact.nameCiphertext,
    phone_ciphertext: entry.contact.phoneCiphertext,
    phone_index: entry.contact.phoneIndex,
    masked_name: entry.contact.maskedName,
    masked_phone: entry.contact.maskedPhone,
    entry_path: entry.entryPath,
    store_visited: entry.storeVisited,
  }));
  return deps.orm.em.fork().transactional(async (tx) => {
    const now = deps.now?.() ?? new Date();
    // A draw holding a facts row waits us out or makes us wait and then re-check `drawn_at`, so no entry
    // slips in beside a draw. Rows are inserted in (event, phone) order, so two batches inserting the same
    // phones wait for each other in one direction only, never in a cycle (no deadlock).
    const outcomes = await tx.execute<{ id: string; open: boolean; inserted: boolean; announces_at: string | null }[]>(
      `with input as (
         select * from json_to_recordset(?::json) as i(id uuid, event_id uuid, entry_sequence int, entry_number text, name_ciphertext text,
           phone_ciphertext text, phone_index text, masked_name text, masked_phone text, entry_path text, store_visited boolean)
       ), facts as (
         select f.id, f.announces_at, f.channels from ${TABLES.eventFacts} f
         where f.id in (select event_id from input) and f.status = 'PUBLISHED' and f.drawn_at is null and f.starts_at <= ? and f.ends_at > ?
         for key share of f
       ), accepted as (
         select i.*, facts.announces_at from input i join facts on facts.id = i.event_id and i.entry_path = any(facts.channels)
       ), inserted as (
         insert into ${TABLES.participation} (id, event_id, entry_sequence, entry_number, name_ciphertext, phone_ciphertext, phone_index,
           masked_name, masked_phone, entry_path, store_visited, consented_at, won, registered_at)
         select id, event_id, entry_sequence, entry_number, name_ciphertext, phone_ciphertext, phone_index, masked_name, masked_phone,
           entry_path, store_visited, ?, false, ? from accepted
         order by event_id, phone_index
         on conflict (event_id, phone_index) do nothing
         returning id
       )
       select i.id, accepted.id is not null as open, inserted.id is not null as inserted, accepted.announces_at
       from input i left join accepted on accepted.id = i.id left join inserted on inserted.id = i.id`,
      [JSON.stringify(rows), now, now, now, now],
    );
    const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
    const written = entries.filter((entry) => byId.get(entry.participationId)?.inserted);
    await deps.events.publishMany(
      tx,
      'ParticipantRegistered',
      written.map((entry) => ({ ...entry.registered, registeredAt: now.toISOString() })),
    );
    return entries.map((entry): EntryWriteOutcome => {
      const outcome = byId.get(entry.participationId);
      return outcome?.inserted ? { written: true, announcesAt: outcome.announces_at, now } : { written: false, open: outcome?.open ?? false, now };
    });
  });
}
