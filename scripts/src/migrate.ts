/**
 * `npm run migrate`: applies every subgraph's pending migrations to DATABASE_URL (or `<NAME>_DATABASE_URL`).
 * `npm run migrate -- --create <subgraph> [name]`: writes a new migration for the difference between the
 * subgraph's entities and its existing migrations, computed on a scratch database (review it before committing).
 *
 * Without DATABASE_URL, both use the embedded PostgreSQL of `npm start` (.data/postgres).
 */
import { parseArgs } from 'node:util';
import { createLogger, createOrm, discoverSubgraphs, databaseUrlFor, migrateSubgraph } from '@attendgate/platform';
import { openDatabase, scratchDatabase } from './database.ts';

const { values, positionals } = parseArgs({ options: { create: { type: 'string' } }, allowPositionals: true });
const logger = createLogger({ service: 'migrate', level: (process.env.LOG_LEVEL as 'info') ?? 'info' });

const database = await openDatabase(logger);
const env = { ...process.env, DATABASE_URL: database.url };
try {
  const subgraphs = await discoverSubgraphs();
  if (values.create) {
    const definition = subgraphs.find((s) => s.name === values.create);
    if (!definition) throw new Error(`no subgraph named "${values.create}" (have: ${subgraphs.map((s) => s.name).join(', ')})`);
    // Diff against a scratch database holding only this subgraph's existing migrations.
    const scratch = await scratchDatabase(databaseUrlFor(definition.name, env)!);
    try {
      await migrateSubgraph(definition, { DATABASE_URL: scratch.url }, logger);
      const orm = await createOrm({ schema: definition.name, url: scratch.url, entities: definition.entities, migrations: definition.migrations, poolMax: 2, logger });
      try {
        const result = await orm.migrator.create(undefined, false, false, positionals[0]);
        console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes: entities match the migrations');
      } finally {
        await orm.close();
      }
    } finally {
      await scratch.drop();
    }
  } else {
    for (const definition of subgraphs) {
      const applied = await migrateSubgraph(definition, env, logger);
      console.log(`${definition.name}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
    }
  }
} finally {
  await database.stop();
}
