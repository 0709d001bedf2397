import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlQuery } from '../src/db/sqlQuery.ts';
import { createTestEnvironment, type TestEnvironment } from '../src/testing/index.ts';

let environment: TestEnvironment;
let orm: MikroORM;

beforeAll(async () => {
  environment = await createTestEnvironment();
  orm = await MikroORM.init({ clientUrl: environment.databaseUrl, entities: [], allowGlobalContext: false, discovery: { warnWhenNoEntities: false } });
  await orm.em.getConnection().execute('create table sql_query_test (id int primary key, label text not null)');
});
afterAll(async () => {
  await orm?.close();
  await environment?.dispose();
});

describe('sqlQuery', () => {
  it('binds values as parameters (quotes, nulls, dates and arrays need no escaping)', async () => {
    const [row] = await sqlQuery<{ text: string; nothing: null; day: string; ids: number[] }>(
      orm.em.fork(), `select $1::text as text, $2::text as nothing, $3::timestamptz as day, $4::int[] as ids`, [`it's "quoted"; drop table x`, null, new Date('2026-01-02T03:04:05Z'), [1, 2]],
    );
    expect({ ...row, day: new Date(row!.day) }).toEqual({ text: `it's "quoted"; drop table x`, nothing: null, day: new Date('2026-01-02T03:04:05Z'), ids: [1, 2] });
  });

  it('runs inside the caller\'s transaction when there is one, and on the pool otherwise', async () => {
    const em = orm.em.fork();
    await expect(em.transactional(async (tx) => {
      await sqlQuery(tx, 'insert into sql_query_test (id, label) values ($1, $2)', [1, 'rolled back']);
      expect(await sqlQuery(tx, 'select label from sql_query_test where id = $1', [1])).toEqual([{ label: 'rolled back' }]);
      // Outside the transaction, the uncommitted row is invisible.
      expect(await sqlQuery(orm.em.fork(), 'select label from sql_query_test where id = $1', [1])).toEqual([]);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect(await sqlQuery(em, 'select count(*)::int as n from sql_query_test')).toEqual([{ n: 0 }]);
  });
});
