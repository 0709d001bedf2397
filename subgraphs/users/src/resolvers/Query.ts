import type { User } from '../entities/index.ts';
import type { UsersContext } from '../context.ts';

type NoArgs = Record<string, never>;

export const Query = {
  me: (_: unknown, __: NoArgs, ctx: UsersContext): Promise<User | null> => ctx.loaders.user.load(ctx.auth!.userId),
  user: (_: unknown, args: { id: string }, ctx: UsersContext): Promise<User | null> => ctx.loaders.user.load(args.id),
  storesAwaitingReview: (_: unknown, args: { first?: number | null }, ctx: UsersContext): Promise<User[]> =>
    ctx.services.storesAwaitingReview(ctx.em, args.first ?? 50),
};
