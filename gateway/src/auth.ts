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

export interface Authenticator {
  /** Checks the token itself (signature, issuer, expiry): no I/O for a token seen before. */
  identify(authorizationHeader: string | undefined): Promise<Caller>;
  /** Refuses a caller whose session was revoked (logout, refresh-token reuse); one key-value lookup. */
  assertSessionActive(caller: Caller): Promise<void>;
  /** Both, for transports that need a single answer (the graphql-ws `connection_init`). */
  authenticate(authorizationHeader: string | undefined): Promise<Caller>;
}

/**
 * Verifies a client's access token at the front door, for every transport (HTTP now, the graphql-ws
 * `connection_init` later): no header is an anonymous caller; a malformed, forged or wrongly issued token is
 * UNAUTHENTICATED; an expired one TOKEN_EXPIRED; a token whose session was revoked is UNAUTHENTICATED,
 * because access tokens are stateless and would otherwise outlive the logout.
 *
 * The two steps are separate so the HTTP guards can run the revocation lookup concurrently with the rate
 * limiter's counter (one Redis round trip instead of two). The revocation check fails closed: if the
 * key-value store cannot be asked, the error propagates (HTTP 500 with a correlation id) rather than
 * letting a possibly revoked token through.
 */
export function createAuthenticator(options: {
  verifyAccessToken: AccessTokenVerifier;
  kv: KeyValueStore;
  accessTokenTtlMs: number;
}): Authenticator {
  const revocations = createSessionRevocationList(options.kv, options.accessTokenTtlMs);
  const identify = async (authorizationHeader: string | undefined): Promise<Caller> => {
    const token = bearerToken(authorizationHeader);
    if (!token) return { auth: null, authorization: undefined };
    return { auth: await options.verifyAccessToken(token), authorization: `Bearer ${token}` };
  };
  const assertSessionActive = async (caller: Caller): Promise<void> => {
    if (caller.auth && (await revocations.isRevoked(caller.auth.sessionId))) {
      throw AppError.unauthenticated('This session has ended; sign in again.');
    }
  };
  return {
    identify,
    assertSessionActive,
    async authenticate(authorizationHeader) {
      const caller = await identify(authorizationHeader);
      await assertSessionActive(caller);
      return caller;
    },
  };
}
