import type { AccessTokenVerifier, AuthClaims } from '../auth/accessTokens.ts';
import { bearerToken } from '../auth/accessTokens.ts';

/**
 * Verifies the caller's access token a second time inside the subgraph (the gateway already did): a subgraph
 * trusts the gateway's signature for "this came through the front door", and the token for "who is asking".
 * No header means an anonymous caller; a bad header is an error.
 */
export async function authenticate(verify: AccessTokenVerifier, authorization: string | undefined): Promise<AuthClaims | null> {
  const token = bearerToken(authorization);
  return token ? verify(token) : null;
}
