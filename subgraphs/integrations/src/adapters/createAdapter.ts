import type { HttpDispatcher, ResiliencePolicy } from '@attendgate/platform';
import type { ConnectionDialect, Credentials } from '../domain/connection.ts';
import type { IntegrationType } from '../domain/integrationRules.ts';
import { createConnectorAuth } from './connectorAuth.ts';
import { createCrmAdapter } from './crmAdapter.ts';
import { createErpAdapter } from './erpAdapter.ts';
import { createHttpConnector, type HttpConnector } from './httpConnector.ts';
import { createLmsAdapter } from './lmsAdapter.ts';
import { createMarketingAdapter } from './marketingAdapter.ts';
import type { SystemAdapter } from './systemAdapter.ts';
import { createWebhookAdapter } from './webhookAdapter.ts';

/** Where each system type expects an API key: a header of its own, or as a Bearer token. */
const API_KEY_HEADERS: Record<IntegrationType | 'WEBHOOK', (apiKey: string) => Record<string, string>> = {
  CRM: (apiKey) => ({ 'x-api-key': apiKey }),
  ERP: (apiKey) => ({ 'x-api-key': apiKey }),
  LMS: (apiKey) => ({ 'x-api-key': apiKey }),
  MARKETING: (apiKey) => ({ authorization: `Bearer ${apiKey}` }),
  WEBHOOK: (apiKey) => ({ 'x-api-key': apiKey }),
};

const NATIVE: Record<IntegrationType, (http: HttpConnector) => SystemAdapter> = {
  CRM: createCrmAdapter,
  ERP: createErpAdapter,
  LMS: createLmsAdapter,
  MARKETING: createMarketingAdapter,
};

/** The adapter of one integration: its system type's (or the generic webhook one), its auth, its policy. */
export function createAdapter(options: {
  type: IntegrationType;
  dialect: ConnectionDialect;
  baseUrl: string;
  credentials: Credentials;
  policy: ResiliencePolicy;
  /** The HTTP client: `publicAddressesOnly()` unless private addresses are allowed (services/adapters.ts). */
  dispatcher?: HttpDispatcher | undefined;
}): SystemAdapter {
  const system = options.dialect === 'WEBHOOK' ? 'WEBHOOK' : options.type;
  const { dispatcher } = options;
  const auth = createConnectorAuth({ system, baseUrl: options.baseUrl, credentials: options.credentials, apiKeyHeader: API_KEY_HEADERS[system], dispatcher });
  const http = createHttpConnector({ system, baseUrl: options.baseUrl, auth, policy: options.policy, dispatcher });
  return options.dialect === 'WEBHOOK' ? createWebhookAdapter(http) : NATIVE[options.type](http);
}
