import { bearerToken, type AccessTokenVerifier, type AuthClaims } from '../auth/accessTokens.ts';
import { roleScopeClaims } from '../auth/roleScope.ts';
import { AppError } from '../errors/AppError.ts';

/**
 * Establishes who is asking, inside a subgraph. The gateway's signature (checked before this runs) says the
 * request came through the front door; the Authorization header says on whose behalf:
 * - `Bearer <token>`: a user; the token is verified again here (the gateway already did);
 * - `Scope role=<ROLE>`: the gateway acting for every member of a role (shared subscription data);
 * - nothing: an anonymous caller.
 */
export async function authenticate(verify: AccessTokenVerifier, authorization: string | undefined): Promise<AuthClaims | null> {
  if (!authorization) return null;
  if (authorization.startsWith('Scope ')) {
    const claims = roleScopeClaims(authorization);
    if (!claims) throw AppError.unauthenticated('The scope credential is not valid.');
    return claims;
  }
  const token = bearerToken(authorization);
  return token ? verify(token) : null;
}
