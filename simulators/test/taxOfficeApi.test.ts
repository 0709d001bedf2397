import { describe, expect, it } from 'vitest';
import { DEMO_BUSINESS_NUMBERS, UNREGISTERED_MESSAGE } from '../src/index.ts';
import { lookup, useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();

const { active, suspended, closed, unregistered } = DEMO_BUSINESS_NUMBERS;

describe('tax office status lookup', () => {
  it('reports an active business', async () => {
    const { status, body } = await lookup(current(), [active]);
    expect(status).toBe(200);
    expect(body).toMatchObject({ request_cnt: 1, match_cnt: 1, status_code: 'OK' });
    expect(body.data).toEqual([
      expect.objectContaining({ b_no: active, b_stt: '계속사업자', b_stt_cd: '01', tax_type: '부가가치세 일반과세자', end_dt: '' }),
    ]);
  });

  it('reports suspended and closed businesses, closed ones with a closing date', async () => {
    const { body } = await lookup(current(), [suspended, closed]);
    expect(body.data).toEqual([
      expect.objectContaining({ b_no: suspended, b_stt: '휴업자', b_stt_cd: '02', end_dt: '' }),
      expect.objectContaining({ b_no: closed, b_stt: '폐업자', b_stt_cd: '03', end_dt: expect.stringMatching(/^\d{8}$/) }),
    ]);
  });

  it('reports an unregistered number without counting it as a match', async () => {
    const { status, body } = await lookup(current(), [active, unregistered]);
    expect(status).toBe(200);
    expect(body).toMatchObject({ request_cnt: 2, match_cnt: 1, status_code: 'OK' });
    expect((body.data as unknown[])[1]).toMatchObject({ b_no: unregistered, b_stt: '', b_stt_cd: '', tax_type: UNREGISTERED_MESSAGE });
  });

  it('answers with the status set through the state object', async () => {
    current().taxOffice.setStatus(active, 'CLOSED', { endDate: '20250115' });
    const { body } = await lookup(current(), [active]);
    expect(body).toMatchObject({ match_cnt: 1, data: [{ b_stt_cd: '03', end_dt: '20250115' }] });
  });

  it('accepts exactly 100 numbers', async () => {
    const { status, body } = await lookup(current(), Array.from({ length: 100 }, () => active));
    expect(status).toBe(200);
    expect(body).toMatchObject({ request_cnt: 100, match_cnt: 100 });
  });
});

describe('tax office request errors', () => {
  it('rejects a request without a serviceKey with 401', async () => {
    expect(await lookup(current(), [active], { serviceKey: null })).toEqual({
      status: 401,
      body: { status_code: 'SERVICE_KEY_IS_NOT_REGISTERED_ERROR' },
    });
    expect((await lookup(current(), [active], { serviceKey: '' })).status).toBe(401);
  });

  it('rejects malformed bodies with 400 BAD_JSON_REQUEST', async () => {
    const bad = { status: 400, body: { status_code: 'BAD_JSON_REQUEST' } };
    expect(await lookup(current(), [], { rawBody: '{"b_no": [' })).toEqual(bad);
    expect(await lookup(current(), [], { body: { b_no: '1208147521' } })).toEqual(bad);
    expect(await lookup(current(), [], { body: {} })).toEqual(bad);
    expect(await lookup(current(), [])).toEqual(bad);
    expect(await lookup(current(), ['120-81-47521'])).toEqual(bad);
    expect(await lookup(current(), ['12081475'])).toEqual(bad);
    expect(await lookup(current(), [], { body: { b_no: [1208147521] } })).toEqual(bad);
  });

  it('rejects more than 100 numbers with 413 TOO_LARGE_REQUEST', async () => {
    expect(await lookup(current(), Array.from({ length: 101 }, () => active))).toEqual({
      status: 413,
      body: { status_code: 'TOO_LARGE_REQUEST' },
    });
  });

  it('rejects a body over the 256kb limit with 413 TOO_LARGE_REQUEST', async () => {
    const { status, body } = await lookup(current(), [], { body: { b_no: [active], padding: 'x'.repeat(300 * 1024) } });
    expect(status).toBe(413);
    expect(body).toEqual({ status_code: 'TOO_LARGE_REQUEST' });
  });
});
