import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './entities/index.ts';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for ids that can exist; others are answered null without asking Postgres (which would fail the batch). */
export function isUserId(id: string): boolean {
  return UUID_PATTERN.test(id);
}

export interface UsersLoaders {
  /** Users by id; every id asked for in one tick becomes one `select … where id in (…)`. */
  user: DataLoader<string, User | null>;
}

/** Request-scoped loaders (their cache must never outlive the request's EntityManager). */
export function createLoaders(em: EntityManager): UsersLoaders {
  return {
    user: new DataLoader<string, User | null>(async (ids) => {
      const wanted = [...new Set(ids.filter(isUserId).map((id) => id.toLowerCase()))];
      const users = wanted.length ? await em.find(User, { id: { $in: wanted } }) : [];
      const byId = new Map(users.map((user) => [user.id.toLowerCase(), user]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}
