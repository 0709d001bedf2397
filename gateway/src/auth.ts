import {
  AppError, bearerToken, createSessionRevocationList,
  type AccessTokenVerifier, type AuthClaims, type KeyValueStore,
} from '@attendgate/platform';

/** Who is calling, as the gateway established it; `authorization` is what subgraphs receive and re-verify. */
export interface Caller {
  auth: AuthClaims | null;
  /** The verified `Bearer <token>` header to forward; undefined for anonymous callers. */
  authorization: string | undefined;
}

export type Authenticator = (authorizationHeader: string | undefined) => Promise<Caller>;

/**
 * Verifies a client's access token once at the front door, for every transport (HTTP now, the graphql-ws
 * `connection_init` later): no header is an anonymous caller; a malformed, forged or wrongly issued token is
 * UNAUTHENTICATED; an expired one TOKEN_EXPIRED; a token whose session was revoked (logout, refresh-token
 * reuse) is UNAUTHENTICATED, because access tokens are stateless and would otherwise outlive the logout.
 *
 * The revocation check fails closed: if the key-value store cannot be asked, the error propagates (HTTP 500
 * with a correlation id) rather than letting a possibly revoked token through.
 */
export function createAuthenticator(options: {
  verifyAccessToken: AccessTokenVerifier;
  kv: KeyValueStore;
  accessTokenTtlMs: number;
}): Authenticator {
  const revocations = createSessionRevocationList(options.kv, options.accessTokenTtlMs);
  return async function authenticate(authorizationHeader) {
    const token = bearerToken(authorizationHeader);
    if (!token) return { auth: null, authorization: undefined };
    const auth = await options.verifyAccessToken(token);
    if (await revocations.isRevoked(auth.sessionId)) {
      throw AppError.unauthenticated('This session has ended; sign in again.');
    }
    return { auth, authorization: `Bearer ${token}` };
  };
}
