import { fileURLToPath } from 'node:url';
import { MikroORM, type EntitySchema, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from '../logging/logger.ts';
import { PreparingClient } from './preparedStatements.ts';

export interface OrmOptions {
  /** The subgraph's Postgres schema; its tables and migration history live there and nowhere else. */
  schema: string;
  url: string;
  entities: readonly EntitySchema<any, any>[];
  /** Folder of the subgraph's migration files (`Migration<timestamp>_<name>.ts`). */
  migrations: URL;
  poolMax: number;
  /** Prepare statements sent with bind parameters, once per connection (PreparingClient); on by default. */
  preparedStatements?: boolean;
  logger: Logger;
}

/**
 * Opens the MikroORM instance of one subgraph.
 *
 * Every subgraph owns one Postgres schema of a shared database (or its own database, by configuration), so
 * subgraphs cannot join across each other's tables and can be split out later without a data migration.
 * Global-context use is forbidden: each request works in its own forked EntityManager.
 */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

export function ormConfig(options: OrmOptions): Options {
  const log = options.logger.child({ component: 'orm', schema: options.schema });
  return {
    clientUrl: options.url,
    schema: options.schema,
    entities: [...options.entities],
    extensions: [Migrator],
    pool: { min: 0, max: options.poolMax },
    // Handed to pg-pool as the client class of every connection.
    ...(options.preparedStatements === false ? {} : { driverOptions: { Client: PreparingClient } }),
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    discovery: { warnWhenNoEntities: false },
    loggerFactory: () => ({
      log: (namespace, message) => log.debug({ namespace }, message),
      error: (namespace, message) => log.error({ namespace }, message),
      warn: (namespace, message) => log.warn({ namespace }, message),
      logQuery: () => {},
      setDebugMode: () => {},
      isEnabled: () => false,
    }),
    migrations: {
      path: fileURLToPath(options.migrations),
      schema: options.schema,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.snapshot',
      // The snapshot is written by `npm run migrate -- --create` only. Rewriting it after migrating would record
      // whatever the database holds, and with one database for every subgraph that is every subgraph's schema
      // (the test template and the launcher migrate them all into one), dirtying the committed file.
      snapshotOnMigrate: false,
      emit: 'ts',
      silent: true,
    },
  };
}
