import type { Logger } from '../logging/logger.ts';
import { createJobQueue, type JobQueue } from '../queue/jobQueue.ts';
import { databaseUrlFor } from '../server/envPrefix.ts';
import { domainEventCatalog, type DomainEventType } from './catalog.ts';

export interface ProducerQueues {
  /** The queue (pg-boss in the producer's database) that carries a producer's events. */
  queueFor(producer: string): JobQueue;
  close(): Promise<void>;
}

/**
 * Events are published in the producer's own transaction, so they live in the producer's database. A
 * consumer therefore reads each producer's events from that producer's database: the consumer's own queue
 * when both share one (the default), otherwise one more pg-boss connection per distinct database.
 */
export async function openProducerQueues(options: {
  types: readonly DomainEventType[];
  ownUrl: string;
  ownQueue: JobQueue;
  env: Record<string, string | undefined>;
  logger: Logger;
}): Promise<ProducerQueues> {
  const byUrl = new Map<string, JobQueue>([[options.ownUrl, options.ownQueue]]);
  const opened: JobQueue[] = [];
  const urlOf = (producer: string) => databaseUrlFor(producer, options.env) ?? options.ownUrl;
  try {
    for (const type of options.types) {
      const url = urlOf(domainEventCatalog[type].source);
      if (byUrl.has(url)) continue;
      const queue = createJobQueue({ url, logger: options.logger, poolMax: 2 });
      byUrl.set(url, queue);
      opened.push(queue);
      await queue.start();
    }
  } catch (error) {
    await Promise.all(opened.map((queue) => queue.stop()));
    throw error;
  }
  return {
    queueFor: (producer) => byUrl.get(urlOf(producer))!,
    close: async () => {
      await Promise.all(opened.map((queue) => queue.stop()));
    },
  };
}
