import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.ts';
import type { JobQueue, QueuePolicy } from '../queue/jobQueue.ts';
import { consumerQueueName, domainEventCatalog, domainEventTopic, type DomainEvent, type DomainEventType } from './catalog.ts';
import { ProcessedDomainEventSchema } from './ProcessedDomainEvent.ts';

/** Applies one event inside the transaction that also records it as processed. */
export type DomainEventHandler<Type extends DomainEventType> = (event: DomainEvent<Type>, em: EntityManager) => Promise<void>;

export type DomainEventHandlers = { [Type in DomainEventType]?: DomainEventHandler<Type> };

/**
 * Retries of an event whose handler failed: 1 s doubling, eight times (about four minutes in all), then the
 * dead-letter queue `<consumer>.on.<Type>.dead`, from where an operator redrives it once the cause is fixed.
 */
const CONSUMER_RETRY_LIMIT = 8;
const CONSUMER_RETRY_DELAY_SECONDS = 1;

function consumerPolicy(consumer: string, type: DomainEventType): QueuePolicy {
  return { name: consumerQueueName(consumer, type), retryLimit: CONSUMER_RETRY_LIMIT, retryDelaySeconds: CONSUMER_RETRY_DELAY_SECONDS };
}

/**
 * Creates a consumer's queues and subscribes them to the events it consumes, in the database the events'
 * producer publishes to. Run at migration time, before any service starts, so that no event published after
 * the first deployment is missed; running it again changes nothing.
 */
export async function subscribeDomainEventConsumer(queueFor: (producer: string) => JobQueue, consumer: string, types: readonly DomainEventType[]) {
  for (const type of types) {
    const queue = queueFor(domainEventCatalog[type].source);
    await queue.createQueue(consumerPolicy(consumer, type));
    await queue.subscribe(domainEventTopic(type), consumerQueueName(consumer, type));
  }
}

/**
 * Starts the workers that apply a subgraph's consumed events. Each event is applied at most once however
 * often it is delivered: its id is recorded in `processed_domain_event` in the handler's own transaction, and
 * an id already there is acknowledged without running the handler.
 */
export async function startDomainEventConsumers(options: {
  consumer: string;
  types: readonly DomainEventType[];
  handlers: DomainEventHandlers;
  orm: MikroORM;
  queueFor: (producer: string) => JobQueue;
  logger: Logger;
  /** Workers per consumed event type in this process (the job queue's default, 2, when unset). */
  concurrency?: number;
}) {
  const { consumer, types, handlers, orm, logger } = options;
  if (types.length && !orm.getMetadata().getByClassName(ProcessedDomainEventSchema.meta.className, false)) {
    throw new Error(`${consumer} consumes domain events but does not list ProcessedDomainEventSchema among its entities`);
  }
  const missing = types.filter((type) => !handlers[type]);
  if (missing.length) throw new Error(`${consumer} declares that it consumes ${missing.join(', ')} but has no handler for it`);
  await subscribeDomainEventConsumer(options.queueFor, consumer, types);

  for (const type of types) {
    const handler = handlers[type] as DomainEventHandler<typeof type>;
    const contract = domainEventCatalog[type];
    const log = logger.child({ consumer, domainEvent: type });
    await options.queueFor(contract.source).define<DomainEvent<typeof type>>({
      ...consumerPolicy(consumer, type),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      handler: async (envelope) => {
        if (envelope.type !== type || envelope.version !== contract.version) {
          throw new Error(`unexpected ${envelope.type} v${envelope.version} on the queue for ${type} v${contract.version}`);
        }
        const event = { ...envelope, data: contract.data.parse(envelope.data) } as DomainEvent<typeof type>;
        await orm.em.fork().transactional(async (em) => {
          const recorded = await em
            .createQueryBuilder(ProcessedDomainEventSchema)
            .insert({ eventId: event.id, type, occurredAt: new Date(event.occurredAt), processedAt: new Date() })
            .onConflict('eventId')
            .ignore()
            .execute('run');
          if (!recorded.affectedRows) {
            log.debug({ eventId: event.id }, 'domain event already applied; skipped');
            return;
          }
          await handler(event, em);
        });
      },
    });
  }
}
