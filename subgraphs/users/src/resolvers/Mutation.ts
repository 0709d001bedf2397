import type { UsersContext } from '../context.ts';
import type { User } from '../entities/index.ts';
import type { AuthResult } from '../services/sessions.ts';
import type { SignUpInput } from '../services/signUp.ts';
import type { CreateStaffUserInput } from '../services/staffUsers.ts';

/** The caller proved to be this user; the answer may show them their own private fields. */
function proven(ctx: UsersContext, result: AuthResult): AuthResult {
  ctx.provenUserIds.add(result.user.id);
  return result;
}

export const Mutation = {
  signUp: async (_: unknown, args: { input: SignUpInput }, ctx: UsersContext): Promise<AuthResult> =>
    proven(ctx, await ctx.services.signUp(ctx.em, args.input)),
  login: async (_: unknown, args: { email: string; password: string }, ctx: UsersContext): Promise<AuthResult> =>
    proven(ctx, await ctx.services.login(ctx.em, args)),
  refreshToken: async (_: unknown, args: { refreshToken: string }, ctx: UsersContext): Promise<AuthResult> =>
    proven(ctx, await ctx.services.refresh(ctx.em, args.refreshToken)),
  logout: async (_: unknown, __: Record<string, never>, ctx: UsersContext): Promise<boolean> => {
    await ctx.services.logout(ctx.em, ctx.auth!.sessionId);
    return true;
  },
  createStaffUser: (_: unknown, args: { input: CreateStaffUserInput }, ctx: UsersContext): Promise<User> =>
    ctx.services.createStaffUser(ctx.em, args.input),
  reviewBusinessVerification: (_: unknown, args: { userId: string; decision: 'VERIFIED' | 'REJECTED' }, ctx: UsersContext): Promise<User> =>
    ctx.services.reviewVerification(ctx.em, args.userId, args.decision),
};
