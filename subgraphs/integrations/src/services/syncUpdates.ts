import { stateStream, type EventBus, type Logger } from '@attendgate/platform';

/** What travels on the bus: which integration's sync job changed. Subscribers read the state themselves. */
export interface SyncJobTrigger {
  integrationId: string;
}

export const syncJobTopic = (integrationId: string) => `integrations.sync-job.${integrationId}`;

/**
 * Live sync-job updates (`syncJobUpdated`): announced after a change commits, at most once (Redis pub/sub);
 * every message makes subscribers read the job's whole current state, so a lost message is repaired by
 * the next, and the stream starts with the current state.
 */
export function createSyncUpdates(bus: EventBus, logger: Logger) {
  return {
    changed(integrationId: string): void {
      bus.publish(syncJobTopic(integrationId), { integrationId } satisfies SyncJobTrigger)
        .catch((error: unknown) => logger.warn({ err: error, integrationId }, 'sync job update not published'));
    },
    stream(integrationId: string): AsyncGenerator<SyncJobTrigger> {
      return stateStream(async () => ({ integrationId }), bus.subscribe<SyncJobTrigger>(syncJobTopic(integrationId)));
    },
  };
}

export type SyncUpdates = ReturnType<typeof createSyncUpdates>;
