import type { User } from '../entities/index.ts';

/** What the Store type resolves from: the owner's id (for permission rules) and the store columns. */
export interface StoreView {
  ownerId: string;
  name: string;
  category: string;
  region: string;
  businessNumberCiphertext: string | null;
  verificationStatus: string | null;
  verificationUpdatedAt: Date | null;
}

export function storeViewOf(user: User): StoreView | null {
  if (!user.storeName) return null;
  return {
    ownerId: user.id,
    name: user.storeName,
    category: user.storeCategory ?? '',
    region: user.storeRegion ?? '',
    businessNumberCiphertext: user.businessNumberCiphertext ?? null,
    verificationStatus: user.verificationStatus ?? null,
    verificationUpdatedAt: user.verificationUpdatedAt ?? null,
  };
}
