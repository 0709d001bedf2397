import { describe, expect, it } from 'vitest';
import { carrierBytes, smsTypeOf } from '../src/index.ts';
import { admin, useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();

async function send(path: string, body: unknown, apiKey: string | null = 'test-key') {
  const response = await fetch(`${current().urlOf('messaging')}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function report(messageId: string) {
  const response = await fetch(`${current().urlOf('messaging')}/v1/messages/${messageId}`, { headers: { 'x-api-key': 'test-key' } });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const sms = { from: '15884000', to: '01012345678', text: '당첨을 축하합니다' };

describe('messaging provider: SMS', () => {
  it('accepts a short text as SMS and a longer one as LMS, and reports delivery', async () => {
    const short = await send('/v1/sms', sms);
    expect(short.status).toBe(202);
    expect(short.body).toMatchObject({ type: 'SMS', status: 'ACCEPTED', to: '01012345678', messageId: expect.stringMatching(/^sms_/) });
    const long = await send('/v1/sms', { ...sms, text: '가'.repeat(46) });
    expect(long.body.type).toBe('LMS');
    expect((await report(short.body.messageId)).body).toMatchObject({ status: 'DELIVERED', deliveredAt: expect.any(String), failureReason: null });
    expect(current().messaging.messages({ channel: 'SMS' }).map((m) => m.text)).toEqual(['당첨을 축하합니다']);
  });

  it('counts bytes as carriers do (Hangul 2, ASCII 1): 90 bytes is still one SMS', () => {
    expect(carrierBytes('가a')).toBe(3);
    expect(smsTypeOf('가'.repeat(45))).toBe('SMS');
    expect(smsTypeOf('가'.repeat(1000))).toBe('LMS');
    expect(smsTypeOf('가'.repeat(1001))).toBeNull();
  });

  it('sends a message once however often the same client reference is replayed', async () => {
    const first = await send('/v1/sms', { ...sms, clientReference: 'winner:1' });
    const again = await send('/v1/sms', { ...sms, clientReference: 'winner:1' });
    expect(first.status).toBe(202);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ messageId: first.body.messageId, replayed: true });
    expect(current().messaging.messages()).toHaveLength(1);
    // The reference is scoped to the API key.
    expect((await send('/v1/sms', { ...sms, clientReference: 'winner:1' }, 'other-key')).status).toBe(202);
  });

  it('refuses a missing key, an unregistered sender, a bad recipient and a text over 2000 bytes, sending nothing', async () => {
    expect(await send('/v1/sms', sms, null)).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED' } });
    expect(await send('/v1/sms', { ...sms, from: '0299998888' })).toMatchObject({ status: 403, body: { code: 'SENDER_NOT_REGISTERED' } });
    expect(await send('/v1/sms', { ...sms, to: '0212345678' })).toMatchObject({ status: 400, body: { code: 'INVALID_RECIPIENT' } });
    expect(await send('/v1/sms', { ...sms, text: '가'.repeat(1001) })).toMatchObject({ status: 413, body: { code: 'MESSAGE_TOO_LONG' } });
    expect(await send('/v1/sms', '{not json')).toMatchObject({ status: 400, body: { code: 'INVALID_REQUEST' } });
    expect(current().messaging.messages()).toEqual([]);
  });

  it('accepts messages to an unreachable phone and then reports them FAILED', async () => {
    expect((await admin(current(), 'PUT', '/messaging/unreachable/01099990000')).status).toBe(204);
    const sent = await send('/v1/sms', { ...sms, to: '01099990000' });
    expect(sent.status).toBe(202);
    expect((await report(sent.body.messageId)).body).toMatchObject({ status: 'FAILED', failureReason: 'UNREACHABLE' });
  });

  it('keeps a message ACCEPTED until the configured delivery delay has passed', async () => {
    expect((await admin(current(), 'PUT', '/messaging/settings', { deliveryDelayMs: 60_000 })).status).toBe(200);
    const sent = await send('/v1/sms', sms);
    expect((await report(sent.body.messageId)).body).toMatchObject({ status: 'ACCEPTED', deliveredAt: null });
    expect((await report('sms_unknown')).status).toBe(404);
  });

  it('lets an operator register a sender number through the admin API', async () => {
    expect((await admin(current(), 'PUT', '/messaging/senders/0311112222')).status).toBe(204);
    expect((await send('/v1/sms', { ...sms, from: '0311112222' })).status).toBe(202);
    expect((await admin(current(), 'PUT', '/messaging/senders/12')).status).toBe(400);
  });

  it('answers with injected faults like any simulator', async () => {
    current().faults.set('messaging', { failNext: 1 });
    expect((await send('/v1/sms', sms)).status).toBe(503);
    expect((await send('/v1/sms', sms)).status).toBe(202);
    expect(current().requests('messaging')).toHaveLength(2);
  });
});

describe('messaging provider: e-mail and push', () => {
  it('accepts an e-mail and a push, listed by channel in the admin API', async () => {
    expect((await send('/v1/email', { from: 'alerts@attendgate.dev', to: 'operator@example.kr', subject: 'Gate 3 FAULT', text: 'Gate 3 reported a fault.' })).status).toBe(202);
    expect((await send('/v1/push', { to: 'device-token-0123456789', title: '게이트 알림', body: '3번 게이트 점검 필요' })).status).toBe(202);
    const listed = await admin(current(), 'GET', '/messaging/messages?channel=email');
    expect(listed.body).toEqual([expect.objectContaining({ channel: 'EMAIL', to: 'operator@example.kr', subject: 'Gate 3 FAULT', status: 'DELIVERED' })]);
    expect((await admin(current(), 'GET', '/messaging/messages?channel=fax')).status).toBe(400);
  });

  it('refuses malformed e-mail and push requests', async () => {
    expect((await send('/v1/email', { from: 'x', to: 'operator@example.kr', subject: 's', text: 't' })).body.code).toBe('INVALID_RECIPIENT');
    expect((await send('/v1/email', { from: 'a@b.kr', to: 'operator@example.kr', subject: '', text: 't' })).body.code).toBe('INVALID_REQUEST');
    expect((await send('/v1/push', { to: 'short', title: 't', body: 'b' })).body.code).toBe('INVALID_RECIPIENT');
    expect((await send('/v1/push', { to: 'device-token-0123456789', title: 't', body: 'b'.repeat(5000) })).body.code).toBe('MESSAGE_TOO_LONG');
    expect(current().messaging.messages()).toEqual([]);
  });
});
