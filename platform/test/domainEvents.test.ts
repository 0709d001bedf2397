import { randomUUID } from 'node:crypto';
import { defineEntity, MikroORM, p } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consumerQueueName, createDomainEventPublisher, createFieldCipher, createJobQueue, createLogger, domainEventTopic,
  openPersonalData, ProcessedDomainEventSchema, sealPersonalData, startDomainEventConsumers, subscribeDomainEventConsumer,
  type DomainEvent, type DomainEventData, type JobQueue,
} from '../src/index.ts';
import { openProducerQueues, type ProducerQueues } from '../src/domainEvents/producerQueues.ts';
import { createTestEnvironment, type TestEnvironment } from '../src/testing/index.ts';

// The consumer's own table, standing for "the effect of an event" (analytics' counters, say).
const Tally = defineEntity({ name: 'EventTally', tableName: 'tally', properties: { eventId: p.uuid().primary(), entries: p.integer() } });

const logger = createLogger({ service: 'test', level: (process.env.TEST_LOG_LEVEL as 'silent') ?? 'silent' });
const cipher = createFieldCipher(new Map([['k1', Buffer.alloc(32, 7)]]), 'k1');

// The producer (participation) keeps its events in its own database; the consumer has another one.
let producerDb: TestEnvironment;
let consumerDb: TestEnvironment;
let producerOrm: MikroORM;
let consumerOrm: MikroORM;
let producerQueue: JobQueue;
let consumerQueue: JobQueue;
let producers: ProducerQueues;
const seen: DomainEvent<'ParticipantRegistered'>[] = [];
const failuresToInject = new Map<string, number>();

function entry(eventId: string): DomainEventData<'ParticipantRegistered'> {
  return {
    participationId: randomUUID(), eventId, entryNumber: 'A-0001', entryPath: 'INSTAGRAM', storeVisited: false,
    customerKey: 'key', contact: sealPersonalData(cipher, 'ParticipantRegistered', { name: '김민수', phone: '01012345678' }),
    registeredAt: new Date().toISOString(),
  };
}

async function tally(eventId: string): Promise<number | undefined> {
  return (await consumerOrm.em.fork().findOne(Tally, { eventId }))?.entries;
}

async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  [producerDb, consumerDb] = await Promise.all([createTestEnvironment(), createTestEnvironment()]);
  producerOrm = await MikroORM.init({ clientUrl: producerDb.databaseUrl, entities: [], allowGlobalContext: false, discovery: { warnWhenNoEntities: false } });
  consumerOrm = await MikroORM.init({ clientUrl: consumerDb.databaseUrl, schema: 'consumer_test', entities: [Tally, ProcessedDomainEventSchema], allowGlobalContext: false });
  await consumerOrm.schema.create();
  producerQueue = createJobQueue({ url: producerDb.databaseUrl, logger });
  consumerQueue = createJobQueue({ url: consumerDb.databaseUrl, logger });
  await Promise.all([producerQueue.start(), consumerQueue.start()]);
  producers = await openProducerQueues({
    types: ['ParticipantRegistered'], ownUrl: consumerDb.databaseUrl, ownQueue: consumerQueue,
    env: { DATABASE_URL: consumerDb.databaseUrl, PARTICIPATION_DATABASE_URL: producerDb.databaseUrl }, logger,
  });
  // As a migration would: subscribed before the consumer's workers ever start.
  await subscribeDomainEventConsumer(producers.queueFor, 'consumer', ['ParticipantRegistered']);
});

afterAll(async () => {
  await producers?.close();
  await Promise.all([producerQueue?.stop(), consumerQueue?.stop()]);
  await Promise.all([producerOrm?.close(), consumerOrm?.close()]);
  await Promise.all([producerDb?.dispose(), consumerDb?.dispose()]);
});

const publisher = () => createDomainEventPublisher('participation', producerQueue);

describe('domain events', () => {
  it('wait in the queue of a consumer subscribed at migration time, and are applied once it starts', async () => {
    const eventId = randomUUID();
    const sent = await producerOrm.em.fork().transactional((em) => publisher().publish(em, 'ParticipantRegistered', entry(eventId)));
    expect(sent).toMatchObject({ type: 'ParticipantRegistered', version: 1, source: 'participation', data: { eventId } });

    await startDomainEventConsumers({
      consumer: 'consumer', types: ['ParticipantRegistered'], orm: consumerOrm, queueFor: producers.queueFor, logger,
      handlers: {
        ParticipantRegistered: async (event, em) => {
          const left = failuresToInject.get(event.data.eventId) ?? 0;
          const existing = await em.findOne(Tally, { eventId: event.data.eventId });
          if (existing) existing.entries += 1;
          else em.create(Tally, { eventId: event.data.eventId, entries: 1 });
          await em.flush();
          if (left > 0) {
            failuresToInject.set(event.data.eventId, left - 1);
            throw new Error('consumer failed after writing');
          }
          seen.push(event);
        },
      },
    });
    await until(async () => (await tally(eventId)) === 1);
    expect(seen.find((event) => event.id === sent.id)).toEqual(sent);
  });

  it('never reach consumers when the transaction that published them rolls back', async () => {
    const eventId = randomUUID();
    await expect(
      producerOrm.em.fork().transactional(async (em) => {
        await publisher().publish(em, 'ParticipantRegistered', entry(eventId));
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const marker = randomUUID();
    await producerOrm.em.fork().transactional((em) => publisher().publish(em, 'ParticipantRegistered', entry(marker)));
    await until(async () => (await tally(marker)) === 1);
    expect(await tally(eventId)).toBeUndefined();
  });

  it('change nothing when delivered again or replayed', async () => {
    const eventId = randomUUID();
    const sent = await producerOrm.em.fork().transactional((em) => publisher().publish(em, 'ParticipantRegistered', entry(eventId)));
    await until(async () => (await tally(eventId)) === 1);
    // At-least-once delivery: the same envelope arrives twice more (a redelivery, an operator's replay).
    const queue = consumerQueueName('consumer', 'ParticipantRegistered');
    const again = [await producerQueue.send(queue, sent), await producerQueue.send(queue, sent)];
    await until(async () => {
      const jobs = await Promise.all(again.map((jobId) => producerQueue.boss.getJobById(queue, jobId!)));
      return jobs.every((job) => job?.state === 'completed');
    });
    expect(await tally(eventId)).toBe(1);
  });

  it('are retried when the handler fails, and the failed attempt leaves no partial effect', async () => {
    const eventId = randomUUID();
    failuresToInject.set(eventId, 1);
    await producerOrm.em.fork().transactional((em) => publisher().publish(em, 'ParticipantRegistered', entry(eventId)));
    // The handler records what it saw before its transaction commits, so wait for the committed effect.
    await until(async () => (await tally(eventId)) === 1);
    expect(failuresToInject.get(eventId)).toBe(0); // the first attempt did fail, after writing
    expect(seen.filter((event) => event.data.eventId === eventId)).toHaveLength(1);
  });

  it('are refused at publication when the payload breaks the contract or the publisher is not the source', async () => {
    const em = producerOrm.em.fork();
    await expect(em.transactional((tx) => publisher().publish(tx, 'ParticipantRegistered', { ...entry(randomUUID()), entryPath: 'FAX' as never }))).rejects.toThrow();
    await expect(
      em.transactional((tx) => createDomainEventPublisher('gates', producerQueue).publish(tx, 'ParticipantRegistered', entry(randomUUID()))),
    ).rejects.toThrow(/gates may not publish ParticipantRegistered/);
    expect(domainEventTopic('ParticipantRegistered')).toBe('domain.ParticipantRegistered.v1');
  });

  it('run as many at once as the consumer asked for workers (domainEventConcurrency)', async () => {
    await subscribeDomainEventConsumer(producers.queueFor, 'wide', ['WinnerSelected']);
    let inFlight = 0;
    let most = 0;
    let released = false;
    await startDomainEventConsumers({
      consumer: 'wide', types: ['WinnerSelected'], orm: consumerOrm, queueFor: producers.queueFor, logger, concurrency: 4,
      handlers: {
        WinnerSelected: async () => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          // Each handler holds its transaction until four run side by side (or the test gives up waiting).
          await until(() => released || inFlight >= 4, 10_000).catch(() => {});
          released = true;
          inFlight -= 1;
        },
      },
    });
    const winners = () => ({ eventId: randomUUID(), drawId: randomUUID(), winners: [], entrantCount: 0, drawnAt: new Date().toISOString() });
    await Promise.all(Array.from({ length: 4 }, () => producerOrm.em.fork().transactional((em) => publisher().publish(em, 'WinnerSelected', winners()))));
    await until(() => released && inFlight === 0, 15_000);
    expect(most).toBe(4);
  });

  it('cannot start a consumer without a handler or without its processed-events table', async () => {
    await expect(
      startDomainEventConsumers({ consumer: 'consumer', types: ['WinnerSelected'], handlers: {}, orm: consumerOrm, queueFor: producers.queueFor, logger }),
    ).rejects.toThrow(/no handler/);
    await expect(
      startDomainEventConsumers({ consumer: 'consumer', types: ['WinnerSelected'], handlers: { WinnerSelected: async () => {} }, orm: producerOrm, queueFor: producers.queueFor, logger }),
    ).rejects.toThrow(/ProcessedDomainEventSchema/);
  });
});

describe('personal data in events', () => {
  it('is sealed, opens only for the event type it was sealed for', () => {
    const sealed = sealPersonalData(cipher, 'ParticipantRegistered', { name: '김민수', phone: '01012345678' });
    expect(sealed).not.toContain('01012345678');
    expect(openPersonalData(cipher, 'ParticipantRegistered', sealed)).toEqual({ name: '김민수', phone: '01012345678' });
    expect(() => openPersonalData(cipher, 'WinnerSelected', sealed)).toThrow();
  });
});
