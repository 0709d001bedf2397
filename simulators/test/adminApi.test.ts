import { describe, expect, it } from 'vitest';
import { DEMO_BUSINESS_NUMBERS } from '../src/index.ts';
import { admin, lookup, useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();

const number = DEMO_BUSINESS_NUMBERS.active;

describe('admin HTTP API', () => {
  it('sets and clears faults over HTTP', async () => {
    expect(await admin(current(), 'PUT', '/faults/tax-office', { down: true, failureStatus: 502 })).toEqual({
      status: 200,
      body: { down: true, failureStatus: 502 },
    });
    expect((await lookup(current(), [number])).status).toBe(502);

    expect((await admin(current(), 'DELETE', '/faults/tax-office')).status).toBe(204);
    expect((await lookup(current(), [number])).status).toBe(200);

    await admin(current(), 'PUT', '/faults/tax-office', { failNext: 1 });
    expect((await admin(current(), 'DELETE', '/faults')).status).toBe(204);
    expect((await lookup(current(), [number])).status).toBe(200);
  });

  it('lists and clears recorded requests over HTTP', async () => {
    await lookup(current(), [number]);
    await lookup(current(), [number]);
    const listed = await admin(current(), 'GET', '/requests/tax-office');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ method: 'POST', body: { b_no: [number] } }),
      expect.objectContaining({ method: 'POST' }),
    ]);
    expect((await admin(current(), 'DELETE', '/requests')).status).toBe(204);
    expect((await admin(current(), 'GET', '/requests/tax-office')).body).toEqual([]);
  });

  it('sets a business status over HTTP', async () => {
    const set = await admin(current(), 'PUT', `/tax-office/businesses/${number}`, { status: 'SUSPENDED' });
    expect(set).toEqual({ status: 200, body: { b_no: number, status: 'SUSPENDED', endDate: '' } });
    expect((await lookup(current(), [number])).body).toMatchObject({ data: [{ b_stt_cd: '02' }] });

    await admin(current(), 'PUT', `/tax-office/businesses/${number}`, { status: 'UNREGISTERED' });
    expect((await lookup(current(), [number])).body).toMatchObject({ match_cnt: 0, data: [{ b_stt_cd: '' }] });

    expect((await admin(current(), 'DELETE', `/tax-office/businesses/${number}`)).status).toBe(204);
    expect((await lookup(current(), [number])).body).toMatchObject({ match_cnt: 1, data: [{ b_stt_cd: '01' }] });
  });

  it('answers 404 with a JSON error for an unknown simulator', async () => {
    for (const [method, path] of [
      ['PUT', '/faults/nope'],
      ['DELETE', '/faults/nope'],
      ['GET', '/requests/nope'],
      ['DELETE', '/requests/nope'],
    ] as const) {
      const { status, body } = await admin(current(), method, path, method === 'PUT' ? { down: true } : undefined);
      expect(status, `${method} ${path}`).toBe(404);
      expect(body).toEqual({ error: 'unknown simulator "nope"' });
    }
    expect(await admin(current(), 'PUT', '/nope/businesses/1208147521', { status: 'ACTIVE' })).toEqual({ status: 404, body: { error: 'not found' } });
  });

  it('answers 400 with a JSON error for invalid input', async () => {
    expect((await admin(current(), 'PUT', '/faults/tax-office', { failureRate: 1.5 })).status).toBe(400);
    expect((await admin(current(), 'PUT', '/faults/tax-office', { slow: true })).status).toBe(400);
    expect((await admin(current(), 'PUT', '/faults/tax-office', '{oops')).status).toBe(400);
    expect(await admin(current(), 'PUT', `/tax-office/businesses/${number}`, { status: 'GONE' })).toMatchObject({ status: 400, body: { error: expect.any(String) } });
    expect((await admin(current(), 'PUT', '/tax-office/businesses/123', { status: 'ACTIVE' })).status).toBe(400);
    expect(current().faults.get('tax-office')).toEqual({});
  });

  it('resets faults, requests and data with POST /__admin/reset', async () => {
    current().faults.set('tax-office', { down: true });
    current().taxOffice.setStatus(number, 'CLOSED');
    await lookup(current(), [number]);
    expect((await admin(current(), 'POST', '/reset')).status).toBe(204);
    expect(current().requests('tax-office')).toEqual([]);
    expect((await lookup(current(), [number])).body).toMatchObject({ data: [{ b_stt_cd: '01' }] });
  });
});
