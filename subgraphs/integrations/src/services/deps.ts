import type { EventBus, FieldCipher, JobQueue, KeyValueStore, Logger } from '@attendgate/platform';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { IntegrationsConfig } from '../config.ts';

/** What the integrations services share: the runtime's connections and the configuration. */
export interface IntegrationsDeps {
  orm: MikroORM;
  queue: JobQueue;
  cipher: FieldCipher;
  bus: EventBus;
  kv: KeyValueStore;
  logger: Logger;
  config: IntegrationsConfig;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
