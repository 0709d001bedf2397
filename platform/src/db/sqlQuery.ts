import { CompiledQuery } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one parameterised statement (`$1`, `$2`, … placeholders, values sent as bind parameters) through the
 * EntityManager's Kysely handle: inside `em.transactional()` on its transaction, otherwise on the pool.
 *
 * For hot paths only. `em.execute()` inlines every value into the SQL text (escaping each), formats it for
 * the query log and wraps the call in its logging, which is measurable at hundreds of statements per second;
 * this skips all of that and lets PostgreSQL bind the values. Rows come as MikroORM's driver gives them
 * (timestamps as ISO text, not Date). Everything else keeps using `em.execute()` and the entity API.
 */
export async function sqlQuery<Row>(em: EntityManager, text: string, values: readonly unknown[] = []): Promise<Row[]> {
  const result = await em.getKysely().executeQuery(CompiledQuery.raw(text, [...values]));
  return result.rows as Row[];
}
