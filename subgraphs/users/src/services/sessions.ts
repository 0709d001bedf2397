import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, randomToken, sha256Hex, type Role, type SessionRevocationList } from '@attendgate/platform';
import { RefreshToken, Session, User } from '../entities/index.ts';

/** Why a session ended (stored on the session row). */
export const SessionEndReason = { LOGOUT: 'LOGOUT', REFRESH_TOKEN_REUSED: 'REFRESH_TOKEN_REUSED' } as const;
type SessionEndReason = (typeof SessionEndReason)[keyof typeof SessionEndReason];

/** What a successful sign-up, login or refresh hands the client. */
export interface AuthResult {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

/** A session started inside a transaction; its access token is issued once the transaction committed. */
export interface StartedSession {
  user: User;
  sessionId: string;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

type IssueAccessToken = (subject: { userId: string; role: Role; sessionId: string }) => Promise<{ token: string; expiresAt: Date }>;

export interface Sessions {
  /** Creates a session and its first refresh token in the caller's transaction. */
  start(em: EntityManager, user: User): StartedSession;
  /** The client's tokens for a committed session. */
  complete(started: StartedSession): Promise<AuthResult>;
  /** Rotates a refresh token: marks it used and issues the next; reuse revokes the whole session. */
  refresh(em: EntityManager, presentedToken: string): Promise<AuthResult>;
  /** Ends a session: its refresh tokens stop working, and the gateway refuses its access tokens at once. */
  end(em: EntityManager, sessionId: string, reason: SessionEndReason): Promise<void>;
}

const INVALID_REFRESH_TOKEN = 'The refresh token is not valid; log in again.';

/**
 * Login sessions: rotating refresh tokens (opaque, 256 random bits, stored as SHA-256) grouped in a session
 * (the token family, whose id is the access token's `sid`), and access tokens from the platform issuer.
 *
 * Rotation is claimed with a conditional update (`used_at is null`), so of two refreshes racing with one
 * token exactly one wins and the other counts as reuse: the OAuth 2.0 Security BCP's reuse detection.
 */
export function createSessions(deps: { issueAccessToken: IssueAccessToken; revocations: SessionRevocationList; refreshTokenTtlMs: number }): Sessions {
  const { issueAccessToken, revocations, refreshTokenTtlMs } = deps;

  function addRefreshToken(em: EntityManager, session: Session, now: Date): { token: string; expiresAt: Date } {
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + refreshTokenTtlMs);
    em.create(RefreshToken, { id: randomUUID(), session, tokenHash: sha256Hex(token), expiresAt, createdAt: now });
    return { token, expiresAt };
  }

  async function complete(started: StartedSession): Promise<AuthResult> {
    const { user } = started;
    const access = await issueAccessToken({ userId: user.id, role: user.role, sessionId: started.sessionId });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: started.refreshToken,
      refreshTokenExpiresAt: started.refreshTokenExpiresAt,
      user,
    };
  }

  async function end(em: EntityManager, sessionId: string, reason: SessionEndReason): Promise<void> {
    await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date(), revokedReason: reason });
    await revocations.revoke(sessionId);
  }

  type Rotation =
    | { outcome: 'rotated'; started: StartedSession }
    | { outcome: 'reused'; sessionId: string }
    | { outcome: 'invalid' };

  return {
    start(em, user) {
      const now = new Date();
      // A reference, so a user loaded by another EntityManager is linked, not persisted a second time.
      const session = em.create(Session, { id: randomUUID(), user: em.getReference(User, user.id), createdAt: now });
      const { token, expiresAt } = addRefreshToken(em, session, now);
      return { user, sessionId: session.id, refreshToken: token, refreshTokenExpiresAt: expiresAt };
    },
    complete,
    async refresh(em, presentedToken) {
      const rotation = await em.transactional(async (tx): Promise<Rotation> => {
        const now = new Date();
        const row = await tx.findOne(RefreshToken, { tokenHash: sha256Hex(presentedToken) }, { populate: ['session', 'session.user'] });
        if (!row) return { outcome: 'invalid' };
        if (row.usedAt) return { outcome: 'reused', sessionId: row.session.id };
        if (row.session.revokedAt || row.expiresAt.getTime() <= now.getTime()) return { outcome: 'invalid' };
        const claimed = await tx.nativeUpdate(RefreshToken, { id: row.id, usedAt: null }, { usedAt: now });
        if (claimed !== 1) return { outcome: 'reused', sessionId: row.session.id };
        const next = addRefreshToken(tx, row.session, now);
        return { outcome: 'rotated', started: { user: row.session.user, sessionId: row.session.id, refreshToken: next.token, refreshTokenExpiresAt: next.expiresAt } };
      });
      if (rotation.outcome === 'invalid') throw AppError.unauthenticated(INVALID_REFRESH_TOKEN);
      if (rotation.outcome === 'reused') {
        // Outside the rotation transaction, so the revocation commits even though the request fails.
        await end(em, rotation.sessionId, SessionEndReason.REFRESH_TOKEN_REUSED);
        throw new AppError(ErrorCode.REFRESH_TOKEN_REUSED, 'This refresh token was already used; the session has been ended for safety. Log in again.');
      }
      return complete(rotation.started);
    },
    end,
  };
}
