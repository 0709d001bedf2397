import type { SubgraphRuntime } from '@attendgate/platform';
import type { IntegrationsConfig } from '../config.ts';
import { createAdapters } from './adapters.ts';
import { createAudience } from './audience.ts';
import { createConnectionTest } from './connectionTest.ts';
import { createDemoData } from './demoData.ts';
import type { IntegrationsDeps } from './deps.ts';
import { createIntegrations } from './integrations.ts';
import { createManualCallLimit } from './manualCallLimit.ts';
import { createPullSync } from './pullSync.ts';
import { createPushSync } from './pushSync.ts';
import { createSchedules } from './schedules.ts';
import { createStatus } from './status.ts';
import { createSyncUpdates } from './syncUpdates.ts';

/** The integrations subgraph's use cases, wired once per process. */
export function createIntegrationsServices(runtime: SubgraphRuntime<IntegrationsConfig>) {
  const deps: IntegrationsDeps = {
    orm: runtime.orm, queue: runtime.queue, cipher: runtime.cipher, bus: runtime.bus, kv: runtime.kv, logger: runtime.logger, config: runtime.config,
  };
  const adapters = createAdapters(deps);
  const schedules = createSchedules(deps);
  const updates = createSyncUpdates(runtime.bus, runtime.logger);
  const audience = createAudience(runtime.cipher);
  const integrations = createIntegrations(deps, { adapters, schedules, updates });
  const manualCalls = createManualCallLimit(runtime.kv, runtime.config.INTEGRATIONS_MANUAL_CALLS_PER_MINUTE);
  const pullSync = createPullSync(deps, { adapters, schedules, updates, audience, manualCalls });
  const pushSync = createPushSync(deps, { adapters });
  const services = {
    deps, adapters, schedules, updates, audience, integrations, pullSync, pushSync,
    status: createStatus({ adapters, audience }),
    testConnection: createConnectionTest(adapters, manualCalls),
  };
  return { ...services, seedDemo: createDemoData(services) };
}

export type IntegrationsServices = ReturnType<typeof createIntegrationsServices>;
