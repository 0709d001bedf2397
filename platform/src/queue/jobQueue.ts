import type { EntityManager } from '@mikro-orm/postgresql';
import { PgBoss, type Job, type SendOptions } from 'pg-boss';
import type { Logger } from '../logging/logger.ts';
import { transactionDb } from './transactionDb.ts';

/** A durable background job type and its worker. */
export interface JobDefinition<T extends object> {
  /** Queue name, prefixed with the owning subgraph: `users.verify-business-number`. */
  name: string;
  handler: (data: T, job: Job<T>) => Promise<void>;
  /** pg-boss retries of a job whose handler threw (crash safety); defaults to 3. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long one run may take before pg-boss considers the worker dead and retries. */
  expireInSeconds?: number;
  /** Jobs of this type run at once in this process. */
  concurrency?: number;
}

/** Suffix of the queue where jobs go after their last retry, for operators to inspect and redrive. */
export const DEAD_LETTER_SUFFIX = '.dead';

/**
 * How often an idle worker looks for due jobs. New jobs wake workers at once (LISTEN/NOTIFY), but retries and
 * delayed jobs become due without a notification, so this also bounds how late a retry can start: pg-boss's
 * own backstop with NOTIFY on is 30 s, which would stretch a 1 s/2 s/4 s retry schedule past recognition.
 */
const POLL_INTERVAL_SECONDS = 2;

/** Dead letters are kept two weeks: long enough for an operator to notice, inspect and redrive them. */
const DEAD_LETTER_RETENTION_SECONDS = 14 * 24 * 3600;

/** How a queue retries and expires its jobs: the part of a JobDefinition that lives in the database. */
export type QueuePolicy = Pick<JobDefinition<object>, 'name' | 'retryLimit' | 'retryDelaySeconds' | 'expireInSeconds'>;

export interface JobQueue {
  start(): Promise<void>;
  /** Creates the queue and its dead-letter queue (idempotent), without a worker. */
  createQueue(policy: QueuePolicy): Promise<void>;
  /** Creates the queue and its dead-letter queue and starts workers for it in this process. */
  define<T extends object>(definition: JobDefinition<T>): Promise<void>;
  /** Routes every message later published under `topic` to the queue `name` (which must exist). */
  subscribe(topic: string, name: string): Promise<void>;
  /** Sends `data` to every queue subscribed to `topic`, inside the caller's transaction. */
  publishInTransaction<T extends object>(em: EntityManager, topic: string, data: T): Promise<void>;
  /**
   * Publishes many messages of one topic inside the caller's transaction: one subscriber lookup and one
   * multi-row insert per subscribed queue, instead of a lookup and an insert per message and queue.
   */
  publishManyInTransaction<T extends object>(em: EntityManager, topic: string, items: readonly T[]): Promise<void>;
  /** Enqueues inside the caller's transaction: the job exists if and only if the transaction commits. */
  sendInTransaction<T extends object>(em: EntityManager, name: string, data: T, options?: SendOptions): Promise<string | null>;
  /** Enqueues many jobs of one queue in one statement inside the caller's transaction (a draw's winner notices). */
  sendManyInTransaction<T extends object>(em: EntityManager, name: string, items: readonly T[]): Promise<void>;
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  /** Jobs that exhausted their retries, for operators to inspect (newest first). */
  deadLetters<T extends object>(name: string): Promise<Job<T>[]>;
  /**
   * Moves dead-lettered jobs back to their queue (an operator's retry); `data` narrows it to the jobs whose
   * payload contains that object, `em` runs it inside the caller's transaction. Returns how many moved.
   */
  redriveDeadLetters(name: string, options?: { data?: object; em?: EntityManager }): Promise<number>;
  stop(): Promise<void>;
  readonly boss: PgBoss;
}

export interface JobQueueOptions {
  url: string;
  logger: Logger;
  /** Postgres schema for pg-boss's tables, shared by every subgraph using the same database. */
  schema?: string;
  poolMax?: number;
  /**
   * How often pg-boss looks for jobs whose worker died (the job outlived its expiry) and retries or
   * dead-letters them. Defaults to pg-boss's 60 s; tests shorten it to prove crash recovery.
   */
  superviseIntervalSeconds?: number;
}

/**
 * The durable job queue (pg-boss on PostgreSQL): AI, image and distribution work, retries of external calls
 * and domain events between subgraphs. Workers must be idempotent: delivery is at least once.
 */
export function createJobQueue(options: JobQueueOptions): JobQueue {
  const log = options.logger.child({ component: 'queue' });
  const schema = options.schema ?? 'pgboss';
  const boss = new PgBoss({
    connectionString: options.url,
    schema,
    max: options.poolMax ?? 4,
    useListenNotify: true,
    ...(options.superviseIntervalSeconds
      ? { superviseIntervalSeconds: options.superviseIntervalSeconds, monitorIntervalSeconds: options.superviseIntervalSeconds }
      : {}),
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  let started = false;

  async function createQueue(policy: QueuePolicy) {
    const deadLetter = policy.name + DEAD_LETTER_SUFFIX;
    await boss.createQueue(deadLetter, { retentionSeconds: DEAD_LETTER_RETENTION_SECONDS });
    await boss.createQueue(policy.name, {
      retryLimit: policy.retryLimit ?? 3,
      retryDelay: policy.retryDelaySeconds ?? 5,
      retryBackoff: true,
      expireInSeconds: policy.expireInSeconds ?? 300,
      deadLetter,
      notify: true,
    });
  }

  return {
    boss,
    async start() {
      if (started) return;
      await boss.start();
      started = true;
    },
    createQueue,
    async define<T extends object>(definition: JobDefinition<T>) {
      await createQueue(definition);
      // One pg-boss worker per slot, each knowing its own id: after a job it asks for the next at once
      // (notifyWorker), so a backlog drains at the handlers' speed. pg-boss alone would wait a poll
      // interval after every job of a backlog that no NOTIFY announces (after a restart, due retries).
      for (let slot = 0; slot < (definition.concurrency ?? 2); slot++) {
        let workerId = '';
        workerId = await boss.work<T>(
          definition.name,
          { localConcurrency: 1, pollingIntervalSeconds: POLL_INTERVAL_SECONDS, notifyPollingIntervalSeconds: POLL_INTERVAL_SECONDS },
          async ([job]) => {
            if (!job) return;
            const jobLog = log.child({ job: definition.name, jobId: job.id, attempt: job.retryCount + 1 });
            try {
              await definition.handler(job.data, job);
            } catch (error) {
              jobLog.warn({ err: error }, 'job attempt failed');
              throw error;
            } finally {
              boss.notifyWorker(workerId);
            }
          },
        );
      }
    },
    sendInTransaction: (em, name, data, sendOptions) => boss.send(name, data, { ...sendOptions, db: transactionDb(em) }),
    async sendManyInTransaction(em, name, items) {
      if (items.length) await boss.insert(name, items.map((data) => ({ data })), { db: transactionDb(em) });
    },
    send: (name, data, sendOptions) => boss.send(name, data, sendOptions ?? {}),
    subscribe: (topic, name) => boss.subscribe(topic, name),
    publishInTransaction: (em, topic, data) => boss.publish(topic, data, { db: transactionDb(em) }),
    async publishManyInTransaction(em, topic, items) {
      if (!items.length) return;
      // pg-boss has no batched publish; this is its publish() (the same subscription lookup, then the queues'
      // own defaults through insert()), read and written through the caller's transaction.
      const db = transactionDb(em);
      const { rows } = await db.executeSql(`select name from ${schema}.subscription where event = $1`, [topic]);
      for (const { name } of rows as { name: string }[]) await boss.insert(name, items.map((data) => ({ data })), { db });
    },
    deadLetters: (name) => boss.findJobs(name + DEAD_LETTER_SUFFIX),
    redriveDeadLetters: (name, redrive = {}) =>
      boss.redrive(name + DEAD_LETTER_SUFFIX, {
        ...(redrive.data ? { data: redrive.data } : {}),
        ...(redrive.em ? { db: transactionDb(redrive.em) } : {}),
      }),
    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
