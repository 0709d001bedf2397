import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Applies a subgraph's pending migrations, all or nothing, and returns the names applied.
 *
 * Several replicas may start at once: a session advisory lock keyed by the schema name, held on a connection
 * of its own (the ORM's pool could release the lock on another connection), makes them take turns, so each
 * migration runs exactly once.
 */
export async function migrate(orm: MikroORM, schema: string, url: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [`attendgate.migrate.${schema}`]);
    await lock.query(`create schema if not exists "${schema}"`);
    const applied = await orm.migrator.up();
    return applied.map((migration) => migration.name);
  } finally {
    await lock.end(); // ending the session releases the lock
  }
}
