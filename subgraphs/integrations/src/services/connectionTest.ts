import type { AuthClaims } from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Integration } from '../entities/index.ts';
import { findManaged } from './access.ts';
import type { Adapters } from './adapters.ts';
import type { ManualCallLimit } from './manualCallLimit.ts';

export interface ConnectionTestResult {
  ok: boolean;
  code: string | null;
  message: string | null;
  testedAt: Date;
}

/**
 * testConnection: one call to the system with the stored credentials, through the breaker and timeout but
 * without retries (a person is waiting). A failure is the answer, translated by the adapter (the system's own
 * code and words, our stable code), not a GraphQL error: a wrong password is what the person asked about.
 */
export function createConnectionTest(adapters: Adapters, manualCalls: ManualCallLimit) {
  return async function testConnection(em: EntityManager, auth: AuthClaims, id: string): Promise<ConnectionTestResult> {
    const integration = await findManaged(em, id, auth);
    await manualCalls(integration.id, 'test');
    const { adapter } = adapters.for(integration);
    const testedAt = new Date();
    let result: ConnectionTestResult;
    try {
      await adapter.testConnection();
      result = { ok: true, code: null, message: null, testedAt };
    } catch (error) {
      const translated = adapter.translateError(error);
      result = { ok: false, code: translated.code, message: translated.message, testedAt };
    }
    await em.nativeUpdate(Integration, { id: integration.id }, { lastTestedAt: testedAt, lastTestCode: result.code ?? 'OK' });
    return result;
  };
}
