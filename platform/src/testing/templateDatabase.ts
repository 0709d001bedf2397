import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config/paths.ts';
import { createLogger } from '../logging/logger.ts';
import { migrateSubgraph } from '../db/migrateSubgraph.ts';
import { discoverSubgraphs, subgraphPackages } from '../server/discoverSubgraphs.ts';
import { databaseUrl, withAdmin } from './postgresForTests.ts';

/**
 * Creates (once per set of migrations) a database with every subgraph migrated, marked as a template.
 *
 * Each test file then gets its own copy with `CREATE DATABASE ... TEMPLATE`, which takes milliseconds, so
 * files run in parallel on isolated data without re-running migrations. The name carries a hash of every
 * migration file, so a changed migration builds a fresh template.
 */
export async function prepareTemplateDatabase(adminUrl: string): Promise<string> {
  const name = `ag_tpl_${migrationsHash()}`;
  const exists = await withAdmin(adminUrl, async (client) =>
    Boolean((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount),
  );
  if (exists) return name;

  const building = `ag_tplbuild_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database "${building}"`));
  try {
    const env = { DATABASE_URL: databaseUrl(adminUrl, building) };
    const logger = createLogger({ service: 'test-setup', level: 'warn' });
    for (const definition of await discoverSubgraphs()) await migrateSubgraph(definition, env, logger);
    await withAdmin(adminUrl, async (client) => {
      await client.query(`alter database "${building}" rename to "${name}"`);
      await client.query(`alter database "${name}" is_template true`);
    });
  } catch (error) {
    await withAdmin(adminUrl, (client) => client.query(`drop database if exists "${building}" with (force)`));
    // Another run may have finished the same template first; that one is as good as ours.
    const raced = await withAdmin(adminUrl, async (client) => Boolean((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount));
    if (!raced) throw error;
  }
  return name;
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const pkg of subgraphPackages()) {
    const folder = path.join(pkg.directory, 'migrations');
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.ts')).sort()) {
      hash.update(`${pkg.name}/${file}\n`).update(fs.readFileSync(path.join(folder, file)));
    }
  }
  const bossVersion = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'pg-boss', 'package.json'), 'utf8')).version as string;
  return hash.update(`pg-boss ${bossVersion}`).digest('hex').slice(0, 16);
}
