import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createResiliencePolicy, isShortCircuit, requestJson, UpstreamError, type ResilienceOptions } from '../src/index.ts';

/** A tiny upstream whose next answers the test scripts: status codes, or 'hang'. */
let script: (number | 'hang')[] = [];
let calls = 0;
let base = '';
const server = http.createServer((_req, res) => {
  calls++;
  const next = script.shift() ?? 200;
  if (next === 'hang') return;
  res.writeHead(next, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: next < 400 }));
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const logger = createLogger({ service: 'test', level: 'silent' });
const options: ResilienceOptions = {
  name: 'upstream', timeoutMs: 150, retries: 3, retryDelayMs: 20, breakerThreshold: 0.5, breakerWindow: 4,
  breakerMinimumCalls: 4, breakerHalfOpenAfterMs: 300,
};
const call = (signal: AbortSignal) => requestJson<{ ok: boolean }>('upstream', base, { path: '/x', signal });

describe('resilience policy', () => {
  it('retries transient failures with backoff and returns the eventual success', async () => {
    const policy = createResiliencePolicy({ ...options, name: 'retrying' }, logger);
    script = [503, 502];
    calls = 0;
    await expect(policy.execute(call)).resolves.toEqual({ ok: true });
    expect(calls).toBe(3);
  });

  it('does not retry a client error (4xx)', async () => {
    const policy = createResiliencePolicy({ ...options, name: 'client-error' }, logger);
    script = [404];
    calls = 0;
    await expect(policy.execute(call)).rejects.toMatchObject({ status: 404, transient: false });
    expect(calls).toBe(1);
  });

  it('gives up after the configured retries (first try + 3)', async () => {
    const policy = createResiliencePolicy({ ...options, name: 'exhausted', breakerMinimumCalls: 100, breakerWindow: 100 }, logger);
    script = [500, 500, 500, 500, 500];
    calls = 0;
    await expect(policy.execute(call)).rejects.toBeInstanceOf(UpstreamError);
    expect(calls).toBe(4);
  });

  it('abandons an attempt at the timeout', async () => {
    const policy = createResiliencePolicy({ ...options, name: 'timeout' }, logger);
    script = ['hang'];
    const started = Date.now();
    await expect(policy.executeOnce(call)).rejects.toBeTruthy();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('opens the circuit above the failure threshold, short-circuits calls, then half-opens and recovers', async () => {
    const policy = createResiliencePolicy({ ...options, name: 'breaker', retries: 0 }, logger);
    script = [500, 500, 500, 500];
    for (let i = 0; i < 4; i++) await policy.execute(call).catch(() => {});
    expect(policy.state).toBe('open');
    calls = 0;
    const refused = await policy.execute(call).catch((error: unknown) => error);
    expect(isShortCircuit(refused)).toBe(true);
    expect(calls).toBe(0);
    await new Promise((r) => setTimeout(r, 350));
    script = [200];
    await expect(policy.execute(call)).resolves.toEqual({ ok: true });
    expect(policy.state).toBe('closed');
  });

  it('shares one breaker between execute and executeOnce', async () => {
    const policy = createResiliencePolicy({ ...options, name: 'shared', retries: 0 }, logger);
    script = [500, 500, 500, 500];
    for (let i = 0; i < 4; i++) await policy.executeOnce(call).catch(() => {});
    expect(isShortCircuit(await policy.execute(call).catch((e: unknown) => e))).toBe(true);
  });
});

describe('resilience configuration', () => {
  it('names every setting after the prefix, defaults to the seed’s numbers and reads them back as policy options', async () => {
    const { loadConfig, resilienceConfigShape, resilienceOptions } = await import('../src/index.ts');
    const shape = resilienceConfigShape('SHOP_SMS', { timeoutMs: 5_000 });
    const defaults = loadConfig(shape, {});
    expect(resilienceOptions('sms', defaults, 'SHOP_SMS')).toEqual({
      name: 'sms', timeoutMs: 5_000, retries: 3, retryDelayMs: 1_000, maxRetryDelayMs: 4_000, breakerThreshold: 0.5,
      breakerWindow: 10, breakerMinimumCalls: 5, breakerHalfOpenAfterMs: 30_000,
    });
    const tuned = loadConfig(shape, { SHOP_SMS_TIMEOUT_MS: '20', SHOP_SMS_BREAKER_WINDOW: '3', SHOP_SMS_BREAKER_MINIMUM_CALLS: '9' });
    expect(resilienceOptions('sms', tuned, 'SHOP_SMS')).toMatchObject({ timeoutMs: 20, breakerWindow: 3, breakerMinimumCalls: 3 });
    expect(() => loadConfig(shape, { SHOP_SMS_BREAKER_THRESHOLD: '1.5' })).toThrow(/SHOP_SMS_BREAKER_THRESHOLD/);
    expect(() => resilienceOptions('sms', {}, 'SHOP_SMS')).toThrow(/is not in the configuration/);
  });
});
