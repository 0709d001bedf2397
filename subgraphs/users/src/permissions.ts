import { AppError, allow, federationQueryRules, isAdmin, isAuthenticated, rule, type IRules } from '@attendgate/platform';
import type { UsersContext } from './context.ts';
import type { StoreView } from './resolvers/storeView.ts';

/** The caller is this user (by token, or by the password this very request proved) or an admin. */
function isSelfOrAdmin(userId: string, ctx: UsersContext): boolean {
  return ctx.auth?.role === 'ADMIN' || ctx.auth?.userId === userId || ctx.provenUserIds.has(userId);
}

/**
 * Any signed-in caller may see who a user is (name, role, store); an anonymous one only the user they just
 * proved to be (the answer to signUp/login/refreshToken). Rules that read the parent are never cached: the
 * same rule gives different answers for different users in one response.
 */
const canSeeUser = rule('canSeeUser', { cache: 'no_cache' })((user: { id: string }, _args, ctx: UsersContext) =>
  ctx.auth || ctx.provenUserIds.has(user.id) ? true : AppError.unauthenticated(),
);

/** Self or admin; otherwise UNAUTHENTICATED for an anonymous caller, FORBIDDEN for anyone else. */
function selfOrAdminAnswer(userId: string, ctx: UsersContext, refusal: string): true | AppError {
  if (isSelfOrAdmin(userId, ctx)) return true;
  return ctx.auth ? AppError.forbidden(refusal) : AppError.unauthenticated();
}

/** E-mail and phone: the user themself and admins (personal data is shown to its owner only). */
const isSelfOrAdminUser = rule('isSelfOrAdminUser', { cache: 'no_cache' })((user: { id: string }, _args, ctx: UsersContext) =>
  selfOrAdminAnswer(user.id, ctx, 'Only the user themself and admins see this.'),
);

/** The business number and its verification: the store's owner and admins. */
const isStoreOwnerOrAdmin = rule('isStoreOwnerOrAdmin', { cache: 'no_cache' })((store: StoreView, _args, ctx: UsersContext) =>
  selfOrAdminAnswer(store.ownerId, ctx, 'Only the store owner and admins see this.'),
);

/**
 * graphql-shield rules, deny by default (the platform sets the fallback). Rules sit on the User and Store
 * types and fields, not only on root fields, so users fetched by other subgraphs through `_entities` are
 * covered by the same rules as `me`.
 */
export const permissions: IRules = {
  Query: {
    ...federationQueryRules,
    me: isAuthenticated,
    user: isAdmin,
    storesAwaitingReview: isAdmin,
  },
  Mutation: {
    signUp: allow,
    login: allow,
    refreshToken: allow,
    logout: isAuthenticated,
    createStaffUser: isAdmin,
    reviewBusinessVerification: isAdmin,
  },
  AuthPayload: allow,
  User: {
    '*': canSeeUser,
    email: isSelfOrAdminUser,
    phone: isSelfOrAdminUser,
  },
  Store: {
    '*': allow,
    businessNumber: isStoreOwnerOrAdmin,
    verificationStatus: isStoreOwnerOrAdmin,
    verificationUpdatedAt: isStoreOwnerOrAdmin,
  },
  _Service: allow,
};
