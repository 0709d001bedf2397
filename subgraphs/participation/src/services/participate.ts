import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, sealPersonalData, type FieldCipher, type MediaChannel } from '@attendgate/platform';
import { checkEntry, type EntryInput } from '../domain/entry.ts';
import { formatEntryNumber } from '../domain/entryNumber.ts';
import { entryClosedReason, type EventFacts } from '../domain/eventFacts.ts';
import type { AbuseLimits } from './abuseLimits.ts';
import type { EntryNumberAllocator } from './entryNumbers.ts';
import type { EntryWrites } from './entryWrites.ts';
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
  /** Writes entries in group-committed batches; it holds the clock and the event publisher. */
  entryWrites: EntryWrites;
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
 * then the write, group-committed with the entries arriving at the same moment (entryWrites.ts): one
 * transaction whose first statement locks the events' facts rows (KEY SHARE: entries do not wait for each
 * other, but a draw waits for them and they for a draw) where the event takes entries now through the entry's
 * channel, and inserts the entries (`on conflict do nothing` on the (event, phone) unique constraint, so of
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
    // Written together with the entries arriving at the same moment (entryWrites.ts), each learning its own outcome.
    const outcome = await deps.entryWrites.submit({
      participationId,
      eventId: input.eventId,
      sequence,
      entryNumber,
      contact,
      entryPath: entry.entryPath,
      storeVisited: entry.storeVisited,
      registered: {
        participationId,
        eventId: input.eventId,
        entryNumber,
        entryPath: entry.entryPath,
        storeVisited: entry.storeVisited,
        customerKey: contact.phoneIndex,
        contact: sealPersonalData(deps.cipher, 'ParticipantRegistered', { name: entry.name, phone: entry.phone }),
      },
    });
    if (!outcome.written) throw outcome.open ? duplicate() : await whyRefused(em, input.eventId, entry.entryPath, outcome.now);
    written = true;
    return { entryNumber, announcesAt: asDate(outcome.announcesAt), message: THANK_YOU_MESSAGE };
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
