import { createHmac } from 'node:crypto';
import { constantTimeEqual, sha256Hex } from '../crypto/tokens.ts';

/** Headers the gateway adds to every subgraph request. */
export const SIGNATURE_HEADER = 'x-attendgate-signature';
export const TIMESTAMP_HEADER = 'x-attendgate-timestamp';
/** The end client's IP address as the gateway saw it (covered by the signature, so nobody else can set it). */
export const CLIENT_ADDRESS_HEADER = 'x-attendgate-client-address';
const VERSION = 'v1';

/**
 * HMAC-SHA256 signatures on gateway-to-subgraph traffic.
 *
 * The MAC covers the timestamp, the caller's Authorization header, the client's address and the exact body
 * bytes, so a captured request cannot be replayed after the window, nor re-sent with another user's token or
 * another address, nor altered. Subgraphs
 * accept nothing unsigned, `_entities` and `_service` included, so the gateway is the only way in.
 */
function mac(secret: string, parts: readonly string[]): string {
  return createHmac('sha256', secret).update(parts.join('\n')).digest('hex');
}

/** Returns the headers to add: timestamp, signature and, when known, the client address it covers. */
export function signRequest(
  secret: string,
  body: string | Buffer,
  authorization: string | undefined,
  options: { clientAddress?: string | undefined; now?: number } = {},
): Record<string, string> {
  const timestamp = String(options.now ?? Date.now());
  const value = mac(secret, [VERSION, timestamp, sha256Hex(authorization ?? ''), sha256Hex(options.clientAddress ?? ''), sha256Hex(body)]);
  const headers: Record<string, string> = { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `${VERSION}=${value}` };
  if (options.clientAddress) headers[CLIENT_ADDRESS_HEADER] = options.clientAddress;
  return headers;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function verifyRequestSignature(
  secret: string,
  input: {
    timestamp: string | undefined;
    signature: string | undefined;
    authorization: string | undefined;
    clientAddress: string | undefined;
    body: string | Buffer;
  },
  maxAgeMs: number,
  now = Date.now(),
): SignatureCheck {
  return verify(secret, input.timestamp, input.signature, maxAgeMs, now, (timestamp) => [
    VERSION, timestamp, sha256Hex(input.authorization ?? ''), sha256Hex(input.clientAddress ?? ''), sha256Hex(input.body),
  ]);
}

/** The graphql-ws `connection_init` payload fields that prove a socket was opened by the gateway. */
export interface SignedConnectionParams {
  timestamp: string;
  signature: string;
  authorization?: string;
}

export function signConnectionInit(secret: string, authorization: string | undefined, now = Date.now()): SignedConnectionParams {
  const timestamp = String(now);
  const signature = `${VERSION}=${mac(secret, [VERSION, timestamp, 'ws', sha256Hex(authorization ?? '')])}`;
  return authorization ? { timestamp, signature, authorization } : { timestamp, signature };
}

export function verifyConnectionInit(
  secret: string,
  connectionParams: object | undefined,
  maxAgeMs: number,
  now = Date.now(),
): SignatureCheck {
  const params = connectionParams as Partial<Record<string, unknown>> | undefined;
  const authorization = typeof params?.authorization === 'string' ? params.authorization : undefined;
  const timestamp = typeof params?.timestamp === 'string' ? params.timestamp : undefined;
  const signature = typeof params?.signature === 'string' ? params.signature : undefined;
  return verify(secret, timestamp, signature, maxAgeMs, now, (ts) => [VERSION, ts, 'ws', sha256Hex(authorization ?? '')]);
}

function verify(
  secret: string,
  timestamp: string | undefined,
  signature: string | undefined,
  maxAgeMs: number,
  now: number,
  parts: (timestamp: string) => string[],
): SignatureCheck {
  if (!timestamp || !signature) return { ok: false, reason: 'unsigned' };
  const issuedAt = Number(timestamp);
  if (!Number.isSafeInteger(issuedAt) || Math.abs(now - issuedAt) > maxAgeMs) return { ok: false, reason: 'stale' };
  const expected = `${VERSION}=${mac(secret, parts(timestamp))}`;
  return constantTimeEqual(expected, signature) ? { ok: true } : { ok: false, reason: 'bad-signature' };
}
