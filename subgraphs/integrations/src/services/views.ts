import type { SyncRun } from '../entities/index.ts';

export type IntegrationHealth = 'HEALTHY' | 'DEGRADED' | 'FAILING';

/** integrationStatus: how the integration is doing, from its deliveries, runs, breaker and last test. */
export interface IntegrationStatusView {
  integrationId: string;
  health: IntegrationHealth;
  circuit: string;
  pendingDeliveries: number;
  deadLetters: number;
  deliveredCount: number;
  lastDeliveredAt: Date | null;
  audienceSize: number;
  lastRun: SyncRun | null;
  lastTestedAt: Date | null;
  lastTestCode: string | null;
}
