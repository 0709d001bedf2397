import { DEMO_USER_IDS } from '@attendgate/platform';
import { DEMO_CRM_RULES } from '../domain/demoRules.ts';
import { Integration } from '../entities/index.ts';
import type { IntegrationsDeps } from './deps.ts';
import type { Integrations } from './integrations.ts';

const DEMO_NAME = 'Demo CRM';

/**
 * `npm start`'s demo: the demo owner's CRM integration (the crm simulator, its default API key), pushing a
 * contact for every participant and pulling the CRM's contacts hourly. Idempotent: an existing one is kept.
 */
export function createDemoData(services: { deps: IntegrationsDeps; integrations: Integrations }) {
  return async function seedDemo(): Promise<string[]> {
    const { deps } = services;
    const em = deps.orm.em.fork();
    const lines = ['integrations: the demo owner\'s "Demo CRM" (crm simulator); try testConnection, syncNow and integrationStatus'];
    if (await em.count(Integration, { ownerId: DEMO_USER_IDS.OWNER, name: DEMO_NAME, removedAt: null })) return lines;
    await services.integrations.add(em, { userId: DEMO_USER_IDS.OWNER, role: 'OWNER', sessionId: 'demo-seed', expiresAt: new Date() }, {
      type: 'CRM', name: DEMO_NAME,
      connection: { baseUrl: deps.config.CRM_URL, auth: { apiKey: { apiKey: 'crm_test_key' } } },
      direction: 'BOTH', subscribedEvents: ['PARTICIPANT_REGISTERED'], mappingRules: DEMO_CRM_RULES, schedule: '0 * * * *',
    }).catch((error: unknown) => deps.logger.warn({ err: error }, 'demo integration not added'));
    return lines;
  };
}
