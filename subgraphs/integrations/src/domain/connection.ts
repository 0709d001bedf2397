import { isPrivateAddress } from '@attendgate/platform';

/**
 * How attendgate reaches an external system: its base URL, how it authenticates (seed 001's connector
 * chain starts with auth) and which adapter speaks to it: the system type's own API (NATIVE) or the generic
 * REST/webhook adapter (WEBHOOK: the transformed record POSTed as JSON to the base URL).
 */
export const AUTH_KINDS = ['API_KEY', 'OAUTH2_CLIENT_CREDENTIALS', 'BASIC'] as const;
export type AuthKind = (typeof AUTH_KINDS)[number];
export const CONNECTION_DIALECTS = ['NATIVE', 'WEBHOOK'] as const;
export type ConnectionDialect = (typeof CONNECTION_DIALECTS)[number];

/** The secret parts, as they are sealed (never returned, never logged). */
export type Credentials =
  | { kind: 'API_KEY'; apiKey: string }
  | { kind: 'OAUTH2_CLIENT_CREDENTIALS'; clientId: string; clientSecret: string; tokenPath: string | null; scope: string | null }
  | { kind: 'BASIC'; username: string; password: string };

const MAX_SECRET_LENGTH = 500;
const MAX_URL_LENGTH = 500;

/** The non-secret part of credentials shown back to the owner, so they can tell which key is configured. */
export function authHint(credentials: Credentials): string | null {
  switch (credentials.kind) {
    case 'API_KEY':
      return `…${credentials.apiKey.slice(-4)}`;
    case 'OAUTH2_CLIENT_CREDENTIALS':
      return credentials.clientId;
    case 'BASIC':
      return credentials.username;
  }
}

/** Why the credentials are unusable (empty, too long, a token path that is not a path), or undefined. */
export function credentialsProblem(credentials: Credentials): { field: string; reason: string } | undefined {
  const tooLong = (value: string) => value.length === 0 || value.length > MAX_SECRET_LENGTH || /[\r\n]/.test(value);
  switch (credentials.kind) {
    case 'API_KEY':
      return tooLong(credentials.apiKey) ? { field: 'connection.auth.apiKey.apiKey', reason: `must be 1 to ${MAX_SECRET_LENGTH} characters on one line` } : undefined;
    case 'OAUTH2_CLIENT_CREDENTIALS':
      if (tooLong(credentials.clientId)) return { field: 'connection.auth.oauth2.clientId', reason: 'must be 1 to 500 characters on one line' };
      if (tooLong(credentials.clientSecret)) return { field: 'connection.auth.oauth2.clientSecret', reason: 'must be 1 to 500 characters on one line' };
      if (credentials.tokenPath !== null && !/^\/[A-Za-z0-9/_.-]{0,199}$/.test(credentials.tokenPath)) {
        return { field: 'connection.auth.oauth2.tokenPath', reason: 'must be a path on the base URL, such as /oauth/token' };
      }
      if (credentials.scope !== null && tooLong(credentials.scope)) return { field: 'connection.auth.oauth2.scope', reason: 'must be 1 to 500 characters on one line' };
      return undefined;
    case 'BASIC':
      if (tooLong(credentials.username) || credentials.username.includes(':')) return { field: 'connection.auth.basic.username', reason: 'must be 1 to 500 characters without ":"' };
      if (tooLong(credentials.password)) return { field: 'connection.auth.basic.password', reason: 'must be 1 to 500 characters on one line' };
      return undefined;
  }
}

/** A host that names this machine or an internal network: by name, or an address literal that is private. */
function isPrivateHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost') || bare.endsWith('.internal') || bare.endsWith('.local')) return true;
  return isPrivateAddress(bare);
}

/**
 * Checks a base URL: http(s), no credentials or fragment in it (they belong in `auth`), and, unless allowed,
 * no private, loopback or link-local host, so an owner cannot make our workers call our own network.
 * Answers the normalised URL (no trailing slash) or the reason it is refused.
 */
export function checkBaseUrl(raw: string, allowPrivate: boolean): { url: string } | { reason: string } {
  if (raw.length > MAX_URL_LENGTH) return { reason: `must be at most ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { reason: 'must be an absolute http(s) URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { reason: 'must be an http(s) URL' };
  if (url.username || url.password) return { reason: 'must not contain credentials; put them in auth' };
  if (url.hash || url.search) return { reason: 'must not contain a query or fragment' };
  if (!allowPrivate && isPrivateHost(url.hostname)) return { reason: 'must not point at a private or local address' };
  return { url: url.toString().replace(/\/+$/, '') };
}
