import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm } from '../src/db/createOrm.ts';
import { MAX_PREPARED_STATEMENTS_PER_CONNECTION, PreparingClient } from '../src/db/preparedStatements.ts';
import { sqlQuery } from '../src/db/sqlQuery.ts';
import { createLogger } from '../src/logging/logger.ts';
import { createTestEnvironment, type TestEnvironment } from '../src/testing/index.ts';

let environment: TestEnvironment;
const orms: MikroORM[] = [];
const logger = createLogger({ service: 'test', level: 'silent' });

async function orm(preparedStatements?: boolean): Promise<MikroORM> {
  const opened = await createOrm({
    schema: 'prepared_test', url: environment.databaseUrl, entities: [], migrations: new URL('./fixtures/', import.meta.url), poolMax: 1, logger,
    ...(preparedStatements === undefined ? {} : { preparedStatements }),
  });
  orms.push(opened);
  return opened;
}

/** The statements prepared on the connection of `em`'s transaction, by their text. */
async function preparedOnConnection(tx: Parameters<typeof sqlQuery>[0]): Promise<string[]> {
  const rows = await tx.execute<{ statement: string }[]>('select statement from pg_prepared_statements order by prepare_time');
  return rows.map((row) => row.statement);
}

beforeAll(async () => {
  environment = await createTestEnvironment();
});
afterAll(async () => {
  for (const each of orms) await each.close();
  await environment?.dispose();
});

describe('prepared statements', () => {
  const STATEMENT = 'select $1::int + 1 as next';

  it('prepares a statement with bind parameters once per connection, and runs it again with new values', async () => {
    const opened = await orm();
    await opened.em.fork().transactional(async (tx) => {
      expect(await sqlQuery(tx, STATEMENT, [1])).toEqual([{ next: 2 }]);
      expect(await sqlQuery(tx, STATEMENT, [41])).toEqual([{ next: 42 }]);
      expect((await preparedOnConnection(tx)).filter((text) => text === STATEMENT)).toHaveLength(1);
    });
  });

  it('sends statements as before when turned off', async () => {
    const opened = await orm(false);
    await opened.em.fork().transactional(async (tx) => {
      expect(await sqlQuery(tx, STATEMENT, [1])).toEqual([{ next: 2 }]);
      expect(await preparedOnConnection(tx)).toEqual([]);
    });
  });

  it('keeps a statement that failed to parse unprepared: it fails the same way again, and others still run', async () => {
    const opened = await orm();
    const broken = 'select $1::int + as broken';
    await expect(sqlQuery(opened.em.fork(), broken, [1])).rejects.toThrow(/syntax error/);
    await expect(sqlQuery(opened.em.fork(), broken, [1])).rejects.toThrow(/syntax error/);
    expect(await sqlQuery(opened.em.fork(), STATEMENT, [2])).toEqual([{ next: 3 }]);
  });

  it(`prepares at most ${MAX_PREPARED_STATEMENTS_PER_CONNECTION} statements on one connection, then sends the rest unprepared`, async () => {
    const client = new PreparingClient({ connectionString: environment.databaseUrl });
    await client.connect();
    try {
      for (let i = 0; i < MAX_PREPARED_STATEMENTS_PER_CONNECTION + 10; i++) {
        const { rows } = await client.query(`select $1::int + ${i} as total`, [1]);
        expect(rows).toEqual([{ total: 1 + i }]);
      }
      const { rows } = await client.query('select count(*)::int as prepared from pg_prepared_statements');
      expect(rows).toEqual([{ prepared: MAX_PREPARED_STATEMENTS_PER_CONNECTION }]);
      // One already prepared still runs from its prepared form.
      expect((await client.query('select $1::int + 0 as total', [5])).rows).toEqual([{ total: 5 }]);
    } finally {
      await client.end();
    }
  });
});
