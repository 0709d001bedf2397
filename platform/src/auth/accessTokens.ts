import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../errors/AppError.ts';
import { ErrorCode } from '../errors/codes.ts';
import { isRole, type Role } from './roles.ts';

/** What a verified access token tells a service about the caller. */
export interface AuthClaims {
  userId: string;
  role: Role;
  /** The login session (refresh-token family) this token belongs to; logout revokes it. */
  sessionId: string;
  expiresAt: Date;
}

const ALGORITHM = 'EdDSA';
/** Clock skew we tolerate between the issuer and a verifier. */
const CLOCK_TOLERANCE_SECONDS = 5;

export interface TokenSettings {
  issuer: string;
  audience: string;
}

/**
 * Issues access tokens: short-lived EdDSA JWTs (`sub`, `role`, `sid`).
 *
 * Asymmetric keys mean the gateway and subgraphs can verify tokens without being able to mint them; only the
 * users subgraph holds the private key.
 */
export function createAccessTokenIssuer(privateKeyPem: string, settings: TokenSettings & { ttlMs: number }) {
  const key: KeyObject = createPrivateKey(privateKeyPem);
  return async function issueAccessToken(subject: { userId: string; role: Role; sessionId: string }) {
    const expiresAt = new Date(Date.now() + settings.ttlMs);
    const token = await new SignJWT({ role: subject.role, sid: subject.sessionId, typ: 'access' })
      .setProtectedHeader({ alg: ALGORITHM })
      .setSubject(subject.userId)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(key);
    return { token, expiresAt };
  };
}

export type AccessTokenVerifier = (token: string) => Promise<AuthClaims>;

/** Verified tokens remembered per process; each entry is a few hundred bytes. */
const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

/**
 * Verifies an access token; a bad one is UNAUTHENTICATED, an expired one TOKEN_EXPIRED.
 *
 * A client sends the same token with every request for up to 15 minutes, and both the gateway and the
 * subgraph verify it, so verified claims are remembered by token (bounded, least recently used first out)
 * until the token expires. Only successful verifications are cached, and a cached token is still refused
 * the moment it expires; revocation is checked separately on every request.
 */
export function createAccessTokenVerifier(publicKeyPem: string, settings: TokenSettings): AccessTokenVerifier {
  const key = createPublicKey(publicKeyPem);
  const verified = new Map<string, AuthClaims>();

  async function verifySignatureAndClaims(token: string): Promise<AuthClaims> {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: [ALGORITHM],
        issuer: settings.issuer,
        audience: settings.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp', 'sid', 'role'],
      });
      if (payload.typ !== 'access' || !isRole(payload.role) || typeof payload.sid !== 'string') {
        throw AppError.unauthenticated('The access token is not valid.');
      }
      return { userId: payload.sub!, role: payload.role, sessionId: payload.sid, expiresAt: new Date(payload.exp! * 1000) };
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw expired();
      throw AppError.unauthenticated('The access token is not valid.');
    }
  }

  return async function verifyAccessToken(token) {
    const cached = verified.get(token);
    if (cached) {
      verified.delete(token);
      if (cached.expiresAt.getTime() + CLOCK_TOLERANCE_SECONDS * 1000 <= Date.now()) throw expired();
      verified.set(token, cached); // most recently used goes last
      return cached;
    }
    const claims = await verifySignatureAndClaims(token);
    verified.set(token, claims);
    if (verified.size > VERIFIED_TOKEN_CACHE_SIZE) verified.delete(verified.keys().next().value!);
    return claims;
  };
}

function expired(): AppError {
  return new AppError(ErrorCode.TOKEN_EXPIRED, 'The access token has expired; refresh it and try again.');
}

/** Extracts the token from an `Authorization: Bearer …` header; undefined when there is none. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw AppError.unauthenticated('The Authorization header must be "Bearer <token>".');
  return match[1];
}
