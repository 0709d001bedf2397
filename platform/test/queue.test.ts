import { defineEntity, MikroORM, p } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueue, createLogger, type JobQueue } from '../src/index.ts';
import { createTestEnvironment, type TestEnvironment } from '../src/testing/index.ts';

// A throwaway table in its own schema stands for "the domain change" committed with the job.
const Thing = defineEntity({ name: 'QueueTestThing', tableName: 'thing', schema: 'queue_test', properties: { id: p.integer().primary(), label: p.string() } });

let environment: TestEnvironment;
let orm: MikroORM;
let queue: JobQueue;
const handled: string[] = [];
const logger = createLogger({ service: 'test', level: 'silent' });

beforeAll(async () => {
  environment = await createTestEnvironment();
  orm = await MikroORM.init({ clientUrl: environment.databaseUrl, entities: [Thing], allowGlobalContext: false });
  await orm.schema.create();
  queue = createJobQueue({ url: environment.databaseUrl, logger });
  await queue.start();
  await queue.define<{ label: string }>({
    name: 'test.record',
    retryLimit: 0,
    handler: async ({ label }) => {
      if (label === 'explode') throw new Error('worker failed');
      handled.push(label);
    },
  });
});
afterAll(async () => {
  await queue?.stop();
  await orm?.close();
  await environment?.dispose();
});

async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('job queue', () => {
  it('drains a backlog without waiting a poll interval between jobs', async () => {
    // Jobs queued while no worker listens get no NOTIFY; each of the two slots must still take the next at once.
    const drained: number[] = [];
    await queue.createQueue({ name: 'test.backlog' });
    for (let n = 0; n < 40; n++) await queue.send('test.backlog', { n });
    const started = Date.now();
    await queue.define<{ n: number }>({ name: 'test.backlog', concurrency: 2, handler: async ({ n }) => void drained.push(n) });
    await until(() => drained.length === 40, 20_000);
    // Waiting the 2 s poll after each job would take 40 s; draining takes well under the poll of a few.
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('runs a job enqueued inside a committed transaction', async () => {
    await orm.em.fork().transactional(async (em) => {
      em.create(Thing, { id: 1, label: 'committed' });
      await queue.sendInTransaction(em, 'test.record', { label: 'committed' });
    });
    await until(() => handled.includes('committed'));
  });

  it('has no job when the transaction rolls back', async () => {
    await expect(
      orm.em.fork().transactional(async (em) => {
        em.create(Thing, { id: 2, label: 'rolled-back' });
        await queue.sendInTransaction(em, 'test.record', { label: 'rolled-back' });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    await queue.send('test.record', { label: 'marker' });
    await until(() => handled.includes('marker'));
    expect(handled).not.toContain('rolled-back');
    expect(await orm.em.fork().count(Thing, { id: 2 })).toBe(0);
  });

  it('moves a job that failed its last attempt to the dead-letter queue, from where it can be redriven', async () => {
    await queue.send('test.record', { label: 'explode' });
    await until(async () => (await queue.deadLetters('test.record')).length > 0);
    const [dead] = await queue.deadLetters<{ label: string }>('test.record');
    expect(dead?.data).toEqual({ label: 'explode' });
    expect(await queue.redriveDeadLetters('test.record')).toBe(1);
  });
});
