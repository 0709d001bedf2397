import { CompiledQuery } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Db } from 'pg-boss';

/**
 * Lets pg-boss write its job rows through the caller's open MikroORM transaction, so a job exists if and only
 * if the domain change that caused it committed (no lost jobs after a crash, no jobs for rolled-back changes).
 *
 * pg-boss speaks `$1` placeholders, which MikroORM's `execute()` would rewrite; the transaction's Kysely
 * handle runs the statement exactly as given.
 */
export function transactionDb(em: EntityManager): Db {
  const transaction = em.getTransactionContext<{ executeQuery(query: CompiledQuery): Promise<{ rows: unknown[] }> }>();
  if (!transaction) throw new Error('transactionDb needs an EntityManager inside em.transactional()');
  return {
    async executeSql(text, values) {
      const result = await transaction.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as never[] };
    },
  };
}
