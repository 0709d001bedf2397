import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { pageRequest, toPage, type Page, type PageArgs, type PageLimits } from '../graphql/pagination.ts';

/**
 * One keyset page of rows ordered by a time column, then id (newest first with `desc`, oldest first with
 * `asc`): the cursor is the last row's time and id, so a page costs the same however deep it is and rows
 * added meanwhile do not shift it. The common case of `pageRequest`/`toPage` for entity lists.
 *
 * The time column must hold whole milliseconds (written from JS Dates, not SQL `now()`): cursors carry
 * milliseconds, and a microsecond value would repeat a row on the next page.
 */
export async function timeOrderedPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  limits: PageLimits,
  order: { field: keyof T & string; direction: 'asc' | 'desc' },
): Promise<Page<T>> {
  const page = pageRequest<[string, string]>(args, limits, 2);
  const beyond = order.direction === 'desc' ? '$lt' : '$gt';
  const after = page.after
    ? { $or: [{ [order.field]: { [beyond]: new Date(page.after[0]) } }, { [order.field]: new Date(page.after[0]), id: { [beyond]: page.after[1] } }] }
    : {};
  const rows = await em.find(entity, { $and: [where, after] } as FilterQuery<T>, {
    orderBy: { [order.field]: order.direction, id: order.direction } as never, limit: page.size + 1,
  });
  return toPage(rows, page, (row) => [(row[order.field] as Date).toISOString(), row.id]);
}
