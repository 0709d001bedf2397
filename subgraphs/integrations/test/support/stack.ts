import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { startTestStack } from '@attendgate/gateway/testing';
import { eventually } from '@attendgate/platform/testing';
import { createDomainEventPublisher, sealPersonalData, type DomainEventData, type DomainEventType, type Role } from '@attendgate/platform';
import type { SimulatorServer } from '@attendgate/simulators';
import integrations from '../../src/index.ts';

/**
 * Timeouts, retries and schedules in milliseconds, so resilience and scheduling run in a test's time.
 * Files override what their scenario needs.
 */
export const FAST_SETTINGS: Record<string, string> = {
  INTEGRATIONS_HTTP_TIMEOUT_MS: '1500',
  INTEGRATIONS_HTTP_RETRIES: '1',
  INTEGRATIONS_HTTP_RETRY_DELAY_MS: '50',
  INTEGRATIONS_HTTP_MAX_RETRY_DELAY_MS: '100',
  INTEGRATIONS_HTTP_BREAKER_HALF_OPEN_AFTER_MS: '300',
  INTEGRATIONS_DELIVERY_ATTEMPTS: '3',
  INTEGRATIONS_DELIVERY_RETRY_DELAY_MS: '100',
  INTEGRATIONS_DELIVERY_MAX_RETRY_DELAY_MS: '200',
  INTEGRATIONS_SCHEDULER_INTERVAL_MS: '200',
  INTEGRATIONS_MIN_SCHEDULE_INTERVAL_MS: '2000',
  INTEGRATIONS_PULL_PAGE_SIZE: '2',
  GATEWAY_RATE_LIMIT_PER_MINUTE: '100000',
};

export interface GraphqlResult {
  status: number;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export interface Actor {
  userId: string;
  role: Role;
  token: string;
}

export type IntegrationsStack = Awaited<ReturnType<typeof startIntegrationsStack>>;

/** The simulators, the integrations subgraph and the gateway; every log line the subgraph writes is kept. */
export async function startIntegrationsStack(settings: Record<string, string> = {}) {
  const stack = await startTestStack({ subgraphs: [integrations], env: { ...FAST_SETTINGS, ...settings }, simulators: true });
  const subgraph = stack.subgraphs.integrations!;
  const runtime = subgraph.runtime;
  // The logger's own stream, so the test sees exactly the bytes the service writes (children share it).
  const logLines: string[] = [];
  const stream = (runtime.logger as unknown as Record<symbol, { write(chunk: string): boolean }>)[pino.symbols.streamSym]!;
  const write = stream.write.bind(stream);
  stream.write = (chunk: string) => {
    logLines.push(String(chunk));
    return process.env.TEST_LOG_LEVEL ? write(chunk) : true;
  };
  const simulators = stack.simulators as SimulatorServer;
  return {
    ...stack,
    simulators,
    subgraph,
    logLines,
    graphql: (request: { query: string; variables?: Record<string, unknown>; token?: string }) => stack.graphql(request) as Promise<GraphqlResult>,
    async actor(role: Role, userId: string = randomUUID()): Promise<Actor> {
      return { userId, role, token: await stack.issueAccessToken({ userId, role }) };
    },
    /** Runs SQL (`?` placeholders) on the integrations database, to prove what was, or was not, written. */
    sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
      return runtime.orm.em.fork().getConnection().execute<T[]>(text, values);
    },
    /** Publishes a domain event as its producer would: the platform publisher, in a transaction, into the real queue. */
    async publishAs<Type extends DomainEventType>(source: string, type: Type, data: DomainEventData<Type>): Promise<string> {
      const publisher = createDomainEventPublisher(source, runtime.queue);
      return (await runtime.orm.em.fork().transactional((em) => publisher.publish(em, type, data))).id;
    },
    sealContact: (name: string, phone: string) => sealPersonalData(runtime.cipher, 'ParticipantRegistered', { name, phone }),
  };
}

export { firstErrorOf as firstError } from '@attendgate/gateway/testing';
export { eventually };

export const INTEGRATION_FIELDS = `id type name ownerId platformWide version direction subscribedEvents mappingRules createdAt updatedAt
  connection { baseUrl dialect authKind authHint }
  syncJob { integrationId schedule status lastRunAt nextRunAt lastRunStatus }`;

export const ADD = `mutation($input: AddIntegrationInput!) { addIntegration(input: $input) { ${INTEGRATION_FIELDS} } }`;

/** Pull rules for the crm simulator's contacts. */
export const CRM_PULL_RULES = {
  fields: [
    { target: 'name', from: 'full_name' },
    { target: 'email', from: 'email', special: 'lowercase' },
    { target: 'phone', from: 'phone', special: 'koreanMobileToE164' },
    { target: 'marketingConsent', from: 'marketing_opt_in', convert: 'boolean', default: false },
  ],
};

/** Push rules turning ParticipantRegistered into a crm contact. */
export const CRM_PUSH_RULES = {
  fields: [
    { target: 'external_ref', from: 'data.customerKey', required: true },
    { target: 'full_name', from: 'data.contact.name' },
    { target: 'phone', from: 'data.contact.phone', special: 'koreanMobileToE164' },
    { target: 'event_ref', from: 'data.eventId' },
  ],
};

/** An addIntegration input for the crm simulator, with `overrides` on top. */
export function crmInput(stack: IntegrationsStack, overrides: Record<string, unknown> = {}) {
  return {
    type: 'CRM',
    name: `CRM ${randomUUID().slice(0, 8)}`,
    connection: { baseUrl: stack.simulators.urlOf('crm'), auth: { apiKey: { apiKey: 'crm_test_key' } } },
    direction: 'BOTH',
    subscribedEvents: ['PARTICIPANT_REGISTERED'],
    mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES }, pull: CRM_PULL_RULES },
    ...overrides,
  };
}

/** Adds an integration as `actor` and returns it (throws on errors). */
export async function addIntegration(stack: IntegrationsStack, actor: Actor, input: Record<string, unknown>) {
  const result = await stack.graphql({ query: ADD, variables: { input }, token: actor.token });
  if (!result.body.data?.addIntegration) throw new Error(`addIntegration failed: ${JSON.stringify(result.body.errors)}`);
  return result.body.data.addIntegration;
}
