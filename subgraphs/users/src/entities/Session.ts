import { defineEntity, p } from '@mikro-orm/postgresql';
import { UserSchema } from './User.ts';

/**
 * A login session: the family of refresh tokens one login starts. Its id is the `sid` claim of every access
 * token issued in it, so revoking it (logout, refresh-token reuse) ends the whole family at once.
 */
export const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.uuid().primary(),
    user: () => p.manyToOne(UserSchema).deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
    revokedAt: p.datetime().nullable(),
    /** Why it ended: LOGOUT or REFRESH_TOKEN_REUSED. */
    revokedReason: p.string().length(32).nullable(),
  },
  indexes: [{ name: 'session_user_id_index', properties: ['user'] }],
});

export class Session extends SessionSchema.class {}
SessionSchema.setClass(Session);
