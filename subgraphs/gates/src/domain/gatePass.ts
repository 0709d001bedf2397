/**
 * Gate passes: what the user app shows at a gate (as a QR code, or kept in the app) to prove a right to enter
 * one event. A pass names a credential, a participant's entry (from the participation subgraph) or a ticket
 * issued here, and the event, and carries a MAC over exactly that:
 *
 *   gp1.<base64url(JSON {k, c, e})>.<base64url(HMAC-SHA256)>
 *
 * k is `P` (participant entry) or `T` (ticket), c the entry's or ticket's id, e the event's id. Nobody without
 * the key can make one or change a byte of one; checking it needs no database read, which matters at a
 * stadium's opening minutes. A pass proves who issued it, not that it is still good: check-in also checks
 * that the entry exists, the ticket is not revoked and the event is live.
 */
export const PASS_PREFIX = 'gp1';
/** Longest pass accepted (a pass is about 150 characters; anything much longer is not one of ours). */
export const MAX_PASS_LENGTH = 512;

export type CredentialKind = 'PARTICIPANT' | 'TICKET';

export interface PassClaims {
  kind: CredentialKind;
  credentialId: string;
  eventId: string;
}

/** A keyed MAC over a string; the service supplies the key, this file never sees it. */
export type Mac = (message: string) => string;
/** Constant-time string comparison. */
export type SafeEqual = (a: string, b: string) => boolean;

const KIND_CODES: Record<CredentialKind, string> = { PARTICIPANT: 'P', TICKET: 'T' };
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodePass(claims: PassClaims, mac: Mac): string {
  const body = Buffer.from(JSON.stringify({ k: KIND_CODES[claims.kind], c: claims.credentialId, e: claims.eventId })).toString('base64url');
  const signed = `${PASS_PREFIX}.${body}`;
  return `${signed}.${mac(signed)}`;
}

/** The claims of an authentic pass, or null for anything else (malformed, altered, not ours). */
export function decodePass(pass: string, mac: Mac, safeEqual: SafeEqual): PassClaims | null {
  if (typeof pass !== 'string' || pass.length > MAX_PASS_LENGTH) return null;
  const parts = pass.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PASS_PREFIX) return null;
  const signed = `${parts[0]}.${parts[1]}`;
  if (!safeEqual(mac(signed), parts[2]!)) return null;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const { k, c, e } = (body ?? {}) as Record<string, unknown>;
  const kind = k === 'P' ? 'PARTICIPANT' : k === 'T' ? 'TICKET' : null;
  if (!kind || typeof c !== 'string' || typeof e !== 'string' || !UUID_PATTERN.test(c) || !UUID_PATTERN.test(e)) return null;
  return { kind, credentialId: c, eventId: e };
}
