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

interface LockedFacts {
  status: EventFacts['status'];
  channels: MediaChannel[] | string;
  starts_at: string | null;
  ends_at: string | null;
  announces_at: string | null;
  drawn_at: string | null;
  duplicate: boolean;
}

/**
 * A customer enters an event (UFR-PART-010). In order: the client address's rate limit; the entry's own
 * fields (name, phone, consent); the phone's rate limit; an entry number; then one transaction that locks
 * the event's facts row (KEY SHARE: entries do not wait for each other, but a draw waits for them and they
 * for a draw), checks the event takes entries through this channel and the phone has not entered, inserts
 * the entry (`on conflict do nothing` on the (event, phone) unique constraint, so of two racing entries with
 * one phone exactly one is written), and publishes ParticipantRegistered in the same transaction.
 *
 * Whatever is refused writes nothing; a number taken for a refused entry is given back.
 */
export async function participate(deps: ParticipateDeps, em: EntityManager, input: ParticipateInput, clientAddress: string | null): Promise<ParticipationReceipt> {
  await deps.limits.countAddress(clientAddress);
  const checked = checkEntry(input);
  if (!checked.ok) throw AppError.badInput(checked.reason, checked.field);
  const entry = checked.value;
  await deps.limits.countPhone(entry.phone);
  if (!isUuid(input.eventId)) throw eventNotFound();

  const sequence = await deps.entryNumbers.take(em, input.eventId);
  if (sequence === null) throw eventNotFound();
  const contact = deps.personalData.store(entry.name, entry.phone);
  const participationId = randomUUID();
  const entryNumber = formatEntryNumber(sequence);
  let written = false;
  try {
    const receipt = await em.transactional(async (tx) => {
      const [facts] = await tx.execute<LockedFacts[]>(
        `select f.status, f.channels, f.starts_at, f.ends_at, f.announces_at, f.drawn_at,
           exists (select 1 from ${TABLES.participation} p where p.event_id = f.id and p.phone_index = ?) as duplicate
         from ${TABLES.eventFacts} f where f.id = ? for key share of f`,
        [contact.phoneIndex, input.eventId],
      );
      if (!facts) throw eventNotFound();
      const now = deps.now?.() ?? new Date();
      const closed = entryClosedReason({ status: facts.status, startsAt: asDate(facts.starts_at), endsAt: asDate(facts.ends_at) }, facts.drawn_at !== null, now);
      if (closed) throw new AppError(ErrorCode.INVALID_STATE, closedMessage(closed), { state: closed });
      if (!channelsOf(facts.channels).includes(entry.entryPath)) {
        throw AppError.badInput("This event does not take entries from that channel; use one of the event's channels.", 'entryPath');
      }
      if (facts.duplicate) throw duplicate();
      const inserted = await tx.execute<{ id: string }[]>(
        `insert into ${TABLES.participation} (id, event_id, entry_sequence, entry_number, name_ciphertext, phone_ciphertext, phone_index,
           masked_name, masked_phone, entry_path, store_visited, consented_at, won, registered_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)
         on conflict (event_id, phone_index) do nothing returning id`,
        [participationId, input.eventId, sequence, entryNumber, contact.nameCiphertext, contact.phoneCiphertext, contact.phoneIndex,
          contact.maskedName, contact.maskedPhone, entry.entryPath, entry.storeVisited, now, now],
      );
      if (inserted.length === 0) throw duplicate();
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
      return { entryNumber, announcesAt: asDate(facts.announces_at), message: THANK_YOU_MESSAGE };
    });
    written = true;
    return receipt;
  } finally {
    if (!written) deps.entryNumbers.giveBack(input.eventId, sequence);
  }
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
