import { randomUUID } from 'node:crypto';
import { startTestStack, type TestStack } from '@attendgate/gateway/testing';
import type { RunningSubgraph, SubgraphDefinition } from '@attendgate/platform';
import type { SimulatorServer } from '@attendgate/simulators';
import events from '../../src/index.ts';

/**
 * Timeouts, retries and windows in milliseconds, so every resilience path runs in a test's time. pg-boss
 * counts retry delays in whole seconds, so job retries take about a second each.
 */
export const FAST_SETTINGS: Record<string, string> = {
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  EVENTS_AI_TIMEOUT_MS: '1500',
  EVENTS_AI_RETRIES: '1',
  EVENTS_AI_RETRY_DELAY_MS: '20',
  EVENTS_AI_MAX_RETRY_DELAY_MS: '50',
  EVENTS_AI_BREAKER_HALF_OPEN_AFTER_MS: '60000',
  EVENTS_IMAGE_TIMEOUT_MS: '3000',
  EVENTS_JOB_RETRIES: '2',
  EVENTS_JOB_RETRY_DELAY_MS: '1000',
  EVENTS_JOB_EXPIRY_MARGIN_MS: '1000',
  EVENTS_JOB_SWEEP_INTERVAL_MS: '300',
  EVENTS_DISTRIBUTION_DEADLINE_MS: '6000',
  QUEUE_SUPERVISE_INTERVAL_MS: '1000',
  ...Object.fromEntries(
    ['LOCAL_TV', 'GENIE_TV', 'INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL', 'RINGO_BIZ'].flatMap((c) => [
      [`EVENTS_${c}_TIMEOUT_MS`, '1000'],
      [`EVENTS_${c}_RETRIES`, '2'],
      [`EVENTS_${c}_RETRY_DELAY_MS`, '20'],
      [`EVENTS_${c}_MAX_RETRY_DELAY_MS`, '50'],
      [`EVENTS_${c}_BREAKER_HALF_OPEN_AFTER_MS`, '60000'],
    ]),
  ),
};

export interface GraphqlResult {
  status: number;
  body: { data?: any; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

export type EventsStack = Awaited<ReturnType<typeof startEventsStack>>;

/** The simulators, the events subgraph (plus `others`) and the gateway, with `settings` over FAST_SETTINGS. */
export async function startEventsStack(settings: Record<string, string> = {}, others: SubgraphDefinition<any, any>[] = []) {
  const stack: TestStack = await startTestStack({ subgraphs: [events, ...others], env: { ...FAST_SETTINGS, ...settings }, simulators: true });
  const subgraph = stack.subgraphs.events as RunningSubgraph;
  return {
    ...stack,
    simulators: stack.simulators as SimulatorServer,
    subgraph,
    graphql: (request: { query: string; variables?: Record<string, unknown>; token?: string }) => stack.graphql(request) as Promise<GraphqlResult>,
    /** A fresh shop owner's token (any user id: the events subgraph knows users by id only). */
    async owner(role: 'OWNER' | 'ADMIN' | 'OPERATOR' | 'CUSTOMER' = 'OWNER') {
      const userId = randomUUID();
      return { userId, token: await stack.issueAccessToken({ userId, role }) };
    },
    /** SQL on the events subgraph's database (`?` placeholders), to prove what was or was not written. */
    sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
      return subgraph.runtime.orm.em.getConnection().execute<T[]>(text, values);
    },
  };
}
