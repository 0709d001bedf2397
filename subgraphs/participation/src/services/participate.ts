import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, sealPersonalData, type DomainEventPublisher, type FieldCipher, type MediaChannel } from '@attendgate/platform';
import { checkEntry, type EntryInput } from '../domain/entry.ts';
import { formatEntryNumber } from '../domain/entryNumber.ts';
import { entryClosedReason, type EventFacts } from '../domain/eventFacts.ts';
import type { AbuseLimits } from './abuseLimits.ts';
import type { EntryNumberAllocator } from './entryNumbers.ts';
import { asDate, isUuid } from './ids.ts';
import type { PersonalData } from './personalData.ts';
import { TABLES } from './tables.ts';
import type { ParticipationReceipt } from './views.ts';

/** Seed 004: the answer to a second entry with the same phone (409 Conflict). */
export const DUPLICATE_PARTICIPATION_MESSAGE = '이미 참여하신 이벤트입니다';
/** Seed 004: the completion screen's message. */
export const THANK_YOU_MESSAGE = '참여해주셔서 감사합니다';

export interface ParticipateInput extends EntryInput {
  eventId: string;
}

export interface ParticipateDeps {
  limits: AbuseLimits;
  entryNumbers: EntryNumberAllocator;
  personalData: PersonalData;
  cipher: FieldCipher;
  events: DomainEventPublisher;
  now?: () => Date;
}

interface FactsRow {
  status: EventFacts['status'];
  channels: MediaChannel[] | string;
  starts_at: string | null;
  ends_at: string | null;
  announces_at: string | null;
  drawn_at: string | null;
}

/**
 * A customer enters an event (UFR-PART-010). In order: the entry's own fields (name, phone, consent); the
 * rate limits of the client address (counted for invalid entries too) and of the phone; an entry number;
 * then one transaction whose first statement locks the event's facts row (KEY SHARE: entries do not wait for
 * each other, but a draw waits for them and they for a draw) if the event takes entries now through this
 * channel, and inserts the entry (`on conflict do nothing` on the (event, phone) unique constraint, so of two
 * racing entries with one phone exactly one is written); then ParticipantRegistered in the same transaction.
 *
 * Whatever is refused writes nothing; a number taken for a refused entry is given back.
 */
export async function participate(deps: ParticipateDeps, em: EntityManager, input: ParticipateInput, clientAddress: string | null): Promise<ParticipationReceipt> {
  const checked = checkEntry(input);
  if (!checked.ok) {
    await deps.limits.countAddress(clientAddress);
    throw AppError.badInput(checked.reason, checked.field);
  }
  const entry = checked.value;
  // Both counters at once (one round trip on the shared Redis connection); either may refuse.
  await Promise.all([deps.limits.countAddress(clientAddress), deps.limits.countPhone(entry.phone)]);
  if (!isUuid(input.eventId)) throw eventNotFound();

  const sequence = await deps.entryNumbers.take(em, input.eventId);
  if (sequence === null) throw eventNotFound();
  const contact = deps.personalData.store(entry.name, entry.phone);
  const participationId = randomUUID();
  const entryNumber = formatEntryNumber(sequence);
  let written = false;
  try {
    const receipt = await em.transactional(async (tx) => {
      const now = deps.now?.() ?? new Date();
      // One statement: lock the facts row (KEY SHARE) if the event takes this entry now, and insert the entry
      // unless the phone already entered. A draw holding the row waits us out or makes us wait and then
      // re-check `drawn_at`, so no entry slips in beside a draw.
      const [outcome] = await tx.execute<{ open: boolean; inserted: boolean; announces_at: string | null }[]>(
        `with facts as (
           select f.id, f.announces_at from ${TABLES.eventFacts} f
           where f.id = ? and f.status = 'PUBLISHED' and f.drawn_at is null and f.starts_at <= ? and f.ends_at > ? and ?::text = any(f.channels)
           for key share of f
         ), inserted as (
           insert into ${TABLES.participation} (id, event_id, entry_sequence, entry_number, name_ciphertext, phone_ciphertext, phone_index,
             masked_name, masked_phone, entry_path, store_visited, consented_at, won, registered_at)
           select ?, facts.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ? from facts
           on conflict (event_id, phone_index) do nothing
           returning id
         )
         select exists (select 1 from facts) as open, exists (select 1 from inserted) as inserted, (select announces_at from facts) as announces_at`,
        [input.eventId, now, now, entry.entryPath, participationId, sequence, entryNumber, contact.nameCiphertext, contact.phoneCiphertext,
          contact.phoneIndex, contact.maskedName, contact.maskedPhone, entry.entryPath, entry.storeVisited, now, now],
      );
      if (!outcome?.open) throw await whyRefused(tx, input.eventId, entry.entryPath, now);
      if (!outcome.inserted) throw duplicate();
      await deps.events.publish(tx, 'ParticipantRegistered', {
        participationId,
        eventId: input.eventId,
        entryNumber,
        entryPath: entry.entryPath,
        storeVisited: entry.storeVisited,
        customerKey: contact.phoneIndex,
        contact: sealPersonalData(deps.cipher, 'ParticipantRegistered', { name: entry.name, phone: entry.phone }),
        registeredAt: now.toISOString(),
      });
      return { entryNumber, announcesAt: asDate(outcome.announces_at), message: THANK_YOU_MESSAGE };
    });
    written = true;
    return receipt;
  } finally {
    if (!written) deps.entryNumbers.giveBack(input.eventId, sequence);
  }
}

/** The reason an event did not take an entry (the uncommon path, so a second look is fine). */
async function whyRefused(em: EntityManager, eventId: string, entryPath: string, now: Date): Promise<AppError> {
  const [facts] = await em.execute<FactsRow[]>(
    `select status, channels, starts_at, ends_at, announces_at, drawn_at from ${TABLES.eventFacts} where id = ?`,
    [eventId],
  );
  if (!facts) return eventNotFound();
  const closed = entryClosedReason({ status: facts.status, startsAt: asDate(facts.starts_at), endsAt: asDate(facts.ends_at) }, facts.drawn_at !== null, now);
  if (closed) return new AppError(ErrorCode.INVALID_STATE, closedMessage(closed), { state: closed });
  if (!channelsOf(facts.channels).includes(entryPath)) {
    return AppError.badInput("This event does not take entries from that channel; use one of the event's channels.", 'entryPath');
  }
  // Open again by now (it was being drawn and is not, which cannot happen, or the clock moved): say so plainly.
  return new AppError(ErrorCode.INVALID_STATE, 'This event is not taking entries right now.', { state: 'NOT_OPEN' });
}

function eventNotFound(): AppError {
  return AppError.notFound('A published event with this id');
}

function duplicate(): AppError {
  return new AppError(ErrorCode.DUPLICATE_PARTICIPATION, DUPLICATE_PARTICIPATION_MESSAGE);
}

/** Postgres returns enum arrays as `{A,B}` text when the driver does not know the array type. */
function channelsOf(value: MediaChannel[] | string): string[] {
  return Array.isArray(value) ? value : value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}

function closedMessage(reason: string): string {
  switch (reason) {
    case 'NOT_STARTED':
      return 'This event has not started taking entries yet.';
    case 'CANCELLED':
      return 'This event was cancelled.';
    case 'DRAWN':
      return 'The winners of this event have been drawn; it takes no more entries.';
    default:
      return 'This event has ended.';
  }
}
