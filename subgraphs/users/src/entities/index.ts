import { RefreshTokenSchema } from './RefreshToken.ts';
import { SessionSchema } from './Session.ts';
import { UserSchema } from './User.ts';

export { User, UserSchema } from './User.ts';
export { Session, SessionSchema } from './Session.ts';
export { RefreshToken, RefreshTokenSchema } from './RefreshToken.ts';

/** Every entity of the users subgraph, for the ORM and the migrations. */
export const entities = [UserSchema, SessionSchema, RefreshTokenSchema];
