import { startTestStack } from '@attendgate/gateway/testing';
import type { SimulatorServer } from '@attendgate/simulators';
import users from '../../src/index.ts';

/**
 * Tax-office and lockout settings in milliseconds, so the resilience paths run in a test's time. Files
 * override what their scenario needs.
 */
export const FAST_SETTINGS: Record<string, string> = {
  USERS_TAX_OFFICE_TIMEOUT_MS: '300',
  USERS_TAX_OFFICE_RETRIES: '3',
  USERS_TAX_OFFICE_RETRY_DELAY_MS: '50',
  USERS_TAX_OFFICE_MAX_RETRY_DELAY_MS: '200',
  USERS_TAX_OFFICE_BREAKER_HALF_OPEN_AFTER_MS: '60000',
};

export type UsersStack = Awaited<ReturnType<typeof startUsersStack>>;

export interface GraphqlResult {
  status: number;
  body: { data?: any; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

/** The simulators, the users subgraph and the gateway, with `settings` on top of FAST_SETTINGS. */
export async function startUsersStack(settings: Record<string, string> = {}) {
  const stack = await startTestStack({ subgraphs: [users], env: { ...FAST_SETTINGS, ...settings }, simulators: true });
  const subgraph = stack.subgraphs.users!;
  return {
    ...stack,
    simulators: stack.simulators as SimulatorServer,
    subgraph,
    graphql: (request: { query: string; variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> }) =>
      stack.graphql(request) as Promise<GraphqlResult>,
    /** Runs SQL (`?` placeholders) on the users subgraph's database, to prove what was, or was not, written. */
    async sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
      return subgraph.runtime.orm.em.getConnection().execute<T[]>(text, values);
    },
  };
}
