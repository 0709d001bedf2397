import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { pageRequest, toPage, type Page, type PageArgs, type PageLimits } from '@attendgate/platform';

export type CountedPage<T> = Page<T> & { totalCount: number };

/**
 * One page of rows newest first by `timeField`, then id (keyset: the cursor is the last row's time and id, so
 * a page costs the same however deep it is and rows added meanwhile do not shift it), with the total count.
 * Every list of billing's own rows pages this way.
 */
export async function newestFirst<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  limits: PageLimits,
  timeField: keyof T & string,
): Promise<CountedPage<T>> {
  const page = pageRequest<[string, string]>(args, limits, 2);
  const after = page.after
    ? { $or: [{ [timeField]: { $lt: new Date(page.after[0]) } }, { [timeField]: new Date(page.after[0]), id: { $lt: page.after[1] } }] }
    : {};
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: [where, after] } as FilterQuery<T>, { orderBy: { [timeField]: 'desc', id: 'desc' } as never, limit: page.size + 1 }),
    em.count(entity, where),
  ]);
  return { ...toPage(rows, page, (row) => [(row[timeField] as Date).toISOString(), row.id]), totalCount };
}
