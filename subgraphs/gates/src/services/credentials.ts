import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, constantTimeEqual, ErrorCode, type DomainEvent } from '@attendgate/platform';
import { decodePass, encodePass, type PassClaims } from '../domain/gatePass.ts';
import { cleanText, LABEL_MAX_LENGTH, textProblem } from '../domain/inputs.ts';
import { isUuid, T, type GatesDeps } from './deps.ts';
import { releaseOccupancy } from './occupancy.ts';
import type { KoreanMobile } from './phoneNumbers.ts';

/**
 * Blind-index purpose of a customer's phone: the participation subgraph's `customerKey` in ParticipantRegistered
 * is `blindIndex('customer.phone', normalised phone)`, so the same call here recognises the same phone.
 */
export const CUSTOMER_KEY_PURPOSE = 'customer.phone';
/** The MAC of gate passes: the platform's keyed HMAC with a purpose of its own (domain separation). */
export const PASS_MAC_PURPOSE = 'gates.pass';
/** Longest entry number accepted (participation's are like `0042-7`). */
const ENTRY_NUMBER_MAX_LENGTH = 32;

export interface IssuedPass {
  token: string;
  kind: PassClaims['kind'];
  eventId: string;
  entryNumber: string | null;
  ticketId: string | null;
}

/**
 * Credentials at the gate: participants' entries (a local copy of participation's, from ParticipantRegistered)
 * and tickets issued here, each presented as a gate pass (domain/gatePass.ts). Also the event facts check-in
 * needs (EventPublished's period, EventEnded), written from the events subgraph's domain events.
 */
export function createCredentials(deps: GatesDeps, phones: KoreanMobile) {
  const { blindIndex, kv, config } = deps;
  const mac = (message: string) => blindIndex(PASS_MAC_PURPOSE, message);

  async function countAttempt(key: string, limit: number): Promise<void> {
    if (limit <= 0) return;
    const count = await kv.increment(`gates:pass-attempts:${key}`, 60_000);
    if (count > limit) throw new AppError(ErrorCode.RATE_LIMITED, 'Too many attempts; wait a minute and try again.', { retryAfterSeconds: 60 });
  }

  return {
    mint: (claims: PassClaims) => encodePass(claims, mac),
    /** The claims of an authentic pass, or null. */
    verify: (pass: string) => decodePass(pass, mac, constantTimeEqual),

    /**
     * A participant proves their entry with its number and the phone they entered with, and gets the pass.
     * Wrong number and wrong phone give the same answer; attempts are limited per user and per address.
     */
    async issueEntryPass(em: EntityManager, userId: string, clientAddress: string | null, eventId: string, entryNumber: string, phone: string): Promise<IssuedPass> {
      await countAttempt(`user:${userId}`, config.GATES_PASS_ATTEMPTS_PER_USER_PER_MINUTE);
      if (clientAddress) await countAttempt(`address:${clientAddress}`, config.GATES_PASS_ATTEMPTS_PER_ADDRESS_PER_MINUTE);
      const normalised = phones.normalise(phone);
      if (!normalised.ok) throw AppError.badInput(normalised.reason, 'phone');
      const number = entryNumber.replace(/\s+/g, '');
      if (!isUuid(eventId) || number.length === 0 || number.length > ENTRY_NUMBER_MAX_LENGTH) throw noSuchEntry();
      const [entry] = await em.execute<{ participation_id: string; customer_key: string }[]>(
        `select participation_id, customer_key from ${T.entry} where event_id = ? and entry_number = ?`,
        [eventId, number],
      );
      if (!entry || !constantTimeEqual(entry.customer_key, blindIndex(CUSTOMER_KEY_PURPOSE, normalised.value))) throw noSuchEntry();
      const claims: PassClaims = { kind: 'PARTICIPANT', credentialId: entry.participation_id, eventId };
      return { token: encodePass(claims, mac), kind: 'PARTICIPANT', eventId, entryNumber: number, ticketId: null };
    },

    async issueTicket(em: EntityManager, operatorId: string, eventId: string, label: string): Promise<IssuedPass> {
      if (!isUuid(eventId)) throw AppError.badInput('The event id must be a UUID.', 'eventId');
      const problem = textProblem('label', label, LABEL_MAX_LENGTH);
      if (problem) throw AppError.badInput(problem.message, problem.field);
      const id = randomUUID();
      await em.execute(`insert into ${T.ticket} (id, event_id, label, issued_by, issued_at) values (?, ?, ?, ?, clock_timestamp())`, [id, eventId, cleanText(label), operatorId]);
      return { token: encodePass({ kind: 'TICKET', credentialId: id, eventId }, mac), kind: 'TICKET', eventId, entryNumber: null, ticketId: id };
    },

    async revokeTicket(em: EntityManager, ticketId: string): Promise<string> {
      if (!isUuid(ticketId)) throw AppError.notFound('The ticket');
      const rows = await em.execute<{ id: string }[]>(`update ${T.ticket} set revoked_at = coalesce(revoked_at, clock_timestamp()) where id = ? returning id`, [ticketId]);
      if (!rows.length) throw AppError.notFound('The ticket');
      return ticketId;
    },

    /** ParticipantRegistered: the entry becomes a credential for its event (idempotent on the participation id). */
    async onParticipantRegistered(event: DomainEvent<'ParticipantRegistered'>, em: EntityManager): Promise<void> {
      const data = event.data;
      await em.execute(
        `insert into ${T.entry} (participation_id, event_id, entry_number, customer_key, registered_at) values (?, ?, ?, ?, ?)
         on conflict (participation_id) do nothing`,
        [data.participationId, data.eventId, data.entryNumber, data.customerKey, new Date(data.registeredAt)],
      );
    },

    /** EventPublished: owner, title and period (only these columns: the venue assignment is the operators'). */
    async onEventPublished(event: DomainEvent<'EventPublished'>, em: EntityManager): Promise<void> {
      const data = event.data;
      await em.execute(
        `insert into ${T.event} (id, owner_id, title, starts_at, ends_at, published_at) values (?, ?, ?, ?, ?, ?)
         on conflict (id) do update set owner_id = excluded.owner_id, title = excluded.title, starts_at = excluded.starts_at,
           ends_at = excluded.ends_at, published_at = excluded.published_at`,
        [data.eventId, data.ownerId, data.title.slice(0, 200), new Date(data.startsAt), new Date(data.endsAt), new Date(data.publishedAt)],
      );
    },

    /**
     * EventEnded: no more check-ins, and the people still counted inside for it leave the venue's occupancy
     * (they left without passing an exit; the next event must not inherit them).
     */
    async onEventEnded(event: DomainEvent<'EventEnded'>, em: EntityManager): Promise<void> {
      const data = event.data;
      await em.execute(
        `insert into ${T.event} (id, ended_at, outcome) values (?, ?, ?)
         on conflict (id) do update set ended_at = coalesce(${T.event}.ended_at, excluded.ended_at), outcome = coalesce(${T.event}.outcome, excluded.outcome)`,
        [data.eventId, new Date(data.endedAt), data.outcome],
      );
      const left = await em.execute<{ venue_id: string; counted: number }[]>(
        `with leaving as (update ${T.presence} set inside = false, updated_at = clock_timestamp() where event_id = ? and inside returning venue_id, counted)
         select venue_id, count(*) filter (where counted)::int as counted from leaving group by venue_id`,
        [data.eventId],
      );
      for (const row of left) if (row.counted) await releaseOccupancy(em, row.venue_id, row.counted);
      for (const row of left) deps.live.changed(row.venue_id, 'OCCUPANCY');
    },
  };
}

function noSuchEntry(): AppError {
  return new AppError(ErrorCode.INVALID_CREDENTIAL, 'No entry with this number and phone for this event.', { reason: 'UNKNOWN_ENTRY' });
}

export type Credentials = ReturnType<typeof createCredentials>;
