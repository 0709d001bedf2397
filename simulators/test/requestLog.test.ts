import { describe, expect, it } from 'vitest';
import { DEMO_BUSINESS_NUMBERS, STATUS_PATH, startSimulators } from '../src/index.ts';
import { RequestLog } from '../src/requestLog.ts';
import { lookup, useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();

const number = DEMO_BUSINESS_NUMBERS.active;

describe('request log', () => {
  it('records each request with method, path, query, time and body', async () => {
    const before = Date.now();
    await lookup(current(), [number]);
    const [request, ...rest] = current().requests('tax-office');
    expect(rest).toHaveLength(0);
    expect(request).toMatchObject({ method: 'POST', path: STATUS_PATH, query: { serviceKey: 'test-key' }, body: { b_no: [number] } });
    expect(Date.parse(request?.time ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('counts failed attempts too, so retries can be proven', async () => {
    current().faults.set('tax-office', { failNext: 2 });
    for (let i = 0; i < 3; i++) await lookup(current(), [number]);
    expect(current().requests('tax-office')).toHaveLength(3);
  });

  it('records requests whose body is not valid JSON', async () => {
    await lookup(current(), [], { rawBody: 'not json' });
    expect(current().requests('tax-office')).toEqual([expect.objectContaining({ method: 'POST', body: undefined })]);
  });

  it('starts empty again after clearRequests', async () => {
    await lookup(current(), [number]);
    current().clearRequests('tax-office');
    expect(current().requests('tax-office')).toEqual([]);
    await lookup(current(), [number]);
    current().clearRequests();
    expect(current().requests('tax-office')).toEqual([]);
  });

  it('keeps only the newest requests up to its capacity, oldest first', () => {
    const log = new RequestLog(['a'], 3);
    for (let i = 1; i <= 5; i++) log.record('a', { method: 'GET', path: `/${i}`, query: {}, time: '', body: undefined });
    expect(log.list('a').map((r) => r.path)).toEqual(['/3', '/4', '/5']);
  });

  it('bounds the current() log by requestLogCapacity', async () => {
    const own = await startSimulators({ requestLogCapacity: 2 });
    try {
      for (const n of ['1208147521', '2208162517', '1018100340']) await lookup(own, [n]);
      expect(own.requests('tax-office').map((r) => (r.body as { b_no: string[] }).b_no[0])).toEqual(['2208162517', '1018100340']);
    } finally {
      await own.close();
    }
  });
});
