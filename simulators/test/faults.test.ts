import { describe, expect, it } from 'vitest';
import { DEMO_BUSINESS_NUMBERS, UnknownSimulatorError, startSimulators } from '../src/index.ts';
import { lookup, waitFor, useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();

const number = DEMO_BUSINESS_NUMBERS.active;

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; elapsedMs: number }> {
  const started = performance.now();
  const result = await run();
  return { result, elapsedMs: performance.now() - started };
}

// Timers may fire up to a millisecond early relative to performance.now(); allow for that, nothing more.
const TIMER_SLACK_MS = 2;

describe('fault injection', () => {
  it('delays the answer by latencyMs', async () => {
    current().faults.set('tax-office', { latencyMs: 300 });
    const { result, elapsedMs } = await timed(() => lookup(current(), [number]));
    expect(result.status).toBe(200);
    expect(elapsedMs).toBeGreaterThanOrEqual(300 - TIMER_SLACK_MS);
  });

  it('delays injected failures too', async () => {
    current().faults.set('tax-office', { latencyMs: 200, down: true });
    const { result, elapsedMs } = await timed(() => lookup(current(), [number]));
    expect(result.status).toBe(503);
    expect(elapsedMs).toBeGreaterThanOrEqual(200 - TIMER_SLACK_MS);
  });

  it('fails exactly the next N requests, then recovers and clears itself', async () => {
    current().faults.set('tax-office', { failNext: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await lookup(current(), [number])).status);
    expect(statuses).toEqual([503, 503, 200, 200]);
    expect(current().faults.get('tax-office')).toEqual({});
  });

  it('counts failNext by arrival when requests are concurrent', async () => {
    current().faults.set('tax-office', { failNext: 3, latencyMs: 50 });
    const results = await Promise.all(Array.from({ length: 5 }, () => lookup(current(), [number])));
    expect(results.filter((r) => r.status === 503)).toHaveLength(3);
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
  });

  it('fails every request while down, with the configured status and a JSON body', async () => {
    current().faults.set('tax-office', { down: true, failureStatus: 500 });
    for (let i = 0; i < 3; i++) {
      expect(await lookup(current(), [number])).toEqual({
        status: 500,
        body: { error: 'INJECTED_FAULT', simulator: 'tax-office', status: 500 },
      });
    }
    current().faults.clear('tax-office');
    expect((await lookup(current(), [number])).status).toBe(200);
  });

  it('fails always at failureRate 1 and never at failureRate 0', async () => {
    current().faults.set('tax-office', { failureRate: 1 });
    for (let i = 0; i < 5; i++) expect((await lookup(current(), [number])).status).toBe(503);
    current().faults.set('tax-office', { failureRate: 0 });
    for (let i = 0; i < 5; i++) expect((await lookup(current(), [number])).status).toBe(200);
  });

  it('leaves health and admin endpoints alone while the simulator is down', async () => {
    current().faults.set('tax-office', { down: true });
    expect((await fetch(`${current().url}/healthz`)).status).toBe(200);
    expect((await fetch(`${current().url}/__admin/requests/tax-office`)).status).toBe(200);
  });

  it('refuses invalid settings and unknown simulators', () => {
    expect(() => current().faults.set('tax-office', { failureRate: 2 })).toThrow(TypeError);
    expect(() => current().faults.set('tax-office', { failureStatus: 200 })).toThrow(TypeError);
    expect(() => current().faults.set('tax-office', { latencyMs: -1 })).toThrow(TypeError);
    // @ts-expect-error: the name is checked at compile time as well
    expect(() => current().faults.set('no-such-system', { down: true })).toThrow(UnknownSimulatorError);
  });
});

describe('hang', () => {
  it('never answers, and close() still ends promptly', async () => {
    const own = await startSimulators();
    own.faults.set('tax-office', { hang: true });
    let settled = false;
    const pending = lookup(own, [number]).finally(() => {
      settled = true;
    });
    pending.catch(() => undefined); // asserted below
    await waitFor(() => own.requests('tax-office').length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(settled).toBe(false);

    const { elapsedMs } = await timed(() =>
      Promise.race([
        own.close(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('close() did not finish within 5s')), 5000)),
      ]),
    );
    expect(elapsedMs).toBeLessThan(5000);
    await expect(pending).rejects.toThrow();
  });
});
