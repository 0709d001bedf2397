import type { UsersContext } from '../context.ts';
import type { User as UserEntity } from '../entities/index.ts';
import { storeViewOf, type StoreView } from './storeView.ts';

export const User = {
  /** Entity fetches from the gateway, batched: every reference in one request is one SQL statement. */
  __resolveReference: (reference: { id: string }, ctx: UsersContext): Promise<UserEntity | null> => ctx.loaders.user.load(reference.id),
  store: (user: UserEntity): StoreView | null => storeViewOf(user),
};

export const Store = {
  businessNumber: (store: StoreView, _: unknown, ctx: UsersContext): string | null =>
    store.businessNumberCiphertext ? ctx.services.maskedBusinessNumber(store.businessNumberCiphertext) : null,
};
