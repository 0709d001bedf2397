import { createResiliencePolicy, publicAddressesOnly, resilienceOptions, unregisterBreaker, type ResiliencePolicy } from '@attendgate/platform';
import { createAdapter } from '../adapters/createAdapter.ts';
import type { SystemAdapter } from '../adapters/systemAdapter.ts';
import type { Integration } from '../entities/index.ts';
import { openCredentials } from './credentialsVault.ts';
import type { IntegrationsDeps } from './deps.ts';

/**
 * Adapters of integrations, one resilience policy (and so one circuit breaker) per integration: one shop's
 * CRM being down must not stop deliveries to another's. A policy is rebuilt when the integration changes
 * (its version), so new credentials or a new URL start with a closed circuit and no cached token.
 */
export function createAdapters(deps: IntegrationsDeps) {
  const cache = new Map<string, { version: number; adapter: SystemAdapter; policy: ResiliencePolicy }>();
  const breakerName = (id: string) => `integration:${id}`;
  // Base URLs were checked by name when saved; this checks where their names resolve to at each connection
  // (a public name pointed at our network, or re-pointed later), unless private addresses are allowed.
  const dispatcher = deps.config.INTEGRATIONS_ALLOW_PRIVATE_URLS ? undefined : publicAddressesOnly();
  return {
    for(integration: Integration): { adapter: SystemAdapter; policy: ResiliencePolicy } {
      const cached = cache.get(integration.id);
      if (cached && cached.version === integration.version) return cached;
      const policy = createResiliencePolicy(resilienceOptions(breakerName(integration.id), deps.config, 'INTEGRATIONS_HTTP'), deps.logger);
      const adapter = createAdapter({
        type: integration.type,
        dialect: integration.dialect,
        baseUrl: integration.baseUrl,
        credentials: openCredentials(deps.cipher, integration.id, integration.credentialsCiphertext),
        policy,
        dispatcher,
      });
      const entry = { version: integration.version, adapter, policy };
      cache.set(integration.id, entry);
      return entry;
    },
    /** The circuit's state, without building an adapter for an integration not called in this process. */
    circuitOf(integrationId: string): string {
      return cache.get(integrationId)?.policy.state ?? 'closed';
    },
    forget(integrationId: string): void {
      cache.delete(integrationId);
      unregisterBreaker(breakerName(integrationId));
    },
  };
}

export type Adapters = ReturnType<typeof createAdapters>;
