import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, createResiliencePolicy, isShortCircuit, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import { DEMO_BUSINESS_NUMBERS, startSimulators, type SimulatorServer } from '@attendgate/simulators';
import { createTaxOffice, TAX_OFFICE } from '../src/adapters/taxOffice.ts';

const logger = createLogger({ service: 'test', level: 'silent' });
let simulators: SimulatorServer;

beforeAll(async () => {
  simulators = await startSimulators();
});
afterAll(async () => simulators?.close());
beforeEach(() => simulators.reset());

function policy(overrides: Partial<Parameters<typeof createResiliencePolicy>[0]> = {}): ResiliencePolicy {
  return createResiliencePolicy(
    { name: TAX_OFFICE, timeoutMs: 200, retries: 2, retryDelayMs: 10, breakerThreshold: 0.5, breakerWindow: 10, breakerMinimumCalls: 10, breakerHalfOpenAfterMs: 60_000, ...overrides },
    logger,
  );
}

function taxOffice(options: { serviceKey?: string; policy?: ResiliencePolicy } = {}) {
  return createTaxOffice({ baseUrl: simulators.urlOf('tax-office'), serviceKey: options.serviceKey ?? 'test-key', policy: options.policy ?? policy() });
}

describe('tax office adapter', () => {
  it('maps the NTS status codes to business statuses', async () => {
    const client = taxOffice();
    expect(await client.statusOnce(DEMO_BUSINESS_NUMBERS.active)).toBe('ACTIVE');
    expect(await client.statusOnce(DEMO_BUSINESS_NUMBERS.suspended)).toBe('SUSPENDED');
    expect(await client.statusOnce(DEMO_BUSINESS_NUMBERS.closed)).toBe('CLOSED');
    expect(await client.statusOnce(DEMO_BUSINESS_NUMBERS.unregistered)).toBe('UNREGISTERED');
    expect(simulators.requests('tax-office')[0]).toMatchObject({ method: 'POST', query: { serviceKey: 'test-key' }, body: { b_no: [DEMO_BUSINESS_NUMBERS.active] } });
  });

  it('translates a refused service key into a permanent error naming the setting, without retrying', async () => {
    // An empty key is refused by the simulator as the real API refuses an unregistered one.
    const client = taxOffice({ serviceKey: '' });
    const error = await client.statusWithRetries(DEMO_BUSINESS_NUMBERS.active).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ transient: false, status: 401, message: expect.stringMatching(/service key.*USERS_TAX_OFFICE_SERVICE_KEY/) });
    expect(simulators.requests('tax-office')).toHaveLength(1);
  });

  it('retries transient failures with backoff and succeeds when the tax office recovers', async () => {
    simulators.faults.set('tax-office', { failNext: 2 });
    expect(await taxOffice().statusWithRetries(DEMO_BUSINESS_NUMBERS.active)).toBe('ACTIVE');
    expect(simulators.requests('tax-office')).toHaveLength(3);
  });

  it('makes exactly one attempt in statusOnce, abandoned at the timeout', async () => {
    simulators.faults.set('tax-office', { latencyMs: 2_000 });
    const started = Date.now();
    const error = await taxOffice().statusOnce(DEMO_BUSINESS_NUMBERS.active).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(simulators.requests('tax-office')).toHaveLength(1);
  });

  it('stops calling once the circuit is open', async () => {
    simulators.faults.set('tax-office', { down: true });
    const shared = policy({ retries: 0, breakerWindow: 4, breakerMinimumCalls: 2 });
    const client = taxOffice({ policy: shared });
    await client.statusOnce(DEMO_BUSINESS_NUMBERS.active).catch(() => {});
    await client.statusOnce(DEMO_BUSINESS_NUMBERS.active).catch(() => {});
    expect(client.breakerState).toBe('open');
    const calls = simulators.requests('tax-office').length;
    const error = await client.statusOnce(DEMO_BUSINESS_NUMBERS.active).catch((e: unknown) => e);
    expect(isShortCircuit(error)).toBe(true);
    expect(simulators.requests('tax-office')).toHaveLength(calls);
  });
});
