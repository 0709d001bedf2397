import { defineEntity, p } from '@mikro-orm/postgresql';
import { SessionSchema } from './Session.ts';

/**
 * One refresh token of a session. Only its SHA-256 is stored (the token is 256 random bits, so a plain hash
 * is as good as a slow one and lets us look it up). Each refresh marks the presented token used and issues
 * the next; presenting a used one again means it was stolen or replayed, and the session is revoked.
 */
export const RefreshTokenSchema = defineEntity({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  properties: {
    id: p.uuid().primary(),
    session: () => p.manyToOne(SessionSchema).deleteRule('cascade'),
    tokenHash: p.string().length(64),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
  uniques: [{ name: 'refresh_token_token_hash_unique', properties: ['tokenHash'] }],
  indexes: [{ name: 'refresh_token_session_id_index', properties: ['session'] }],
});

export class RefreshToken extends RefreshTokenSchema.class {}
RefreshTokenSchema.setClass(RefreshToken);
