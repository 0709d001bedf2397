import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryInput, firstError, participate, startParticipationStack, uniquePhone, type ParticipationStack } from './support/stack.ts';

let stack: ParticipationStack;
beforeAll(async () => {
  stack = await startParticipationStack({
    PARTICIPATION_PHONE_RATE_LIMIT: '3',
    PARTICIPATION_PHONE_RATE_WINDOW_MS: '60000',
    PARTICIPATION_ADDRESS_RATE_LIMIT: '5',
    PARTICIPATION_ADDRESS_RATE_WINDOW_MS: '60000',
    // The tests speak for several clients through one socket: the gateway believes X-Forwarded-For from loopback.
    GATEWAY_TRUSTED_PROXIES: 'loopback',
  });
});
afterAll(async () => stack?.stop());

let addressCounter = 0;
/** A fresh client address (documentation range 203.0.113.0/24), as a proxy in front of the gateway reports it. */
function client(): Record<string, string> {
  addressCounter += 1;
  return { 'x-forwarded-for': `203.0.113.${addressCounter}` };
}

describe('abuse limits on entries', () => {
  it('stop one phone number entering more than the limit of events per window, with RATE_LIMITED and nothing written', async () => {
    const phone = uniquePhone();
    const events = await Promise.all(Array.from({ length: 4 }, () => stack.publishEvent()));
    for (const event of events.slice(0, 3)) {
      expect((await participate(stack, entryInput(event.eventId, { phone }), client())).body.errors).toBeUndefined();
    }
    const refused = await participate(stack, entryInput(events[3]!.eventId, { phone: phone.replace(/^010/, '+82 10 ') }), client());
    expect(firstError(refused)).toMatchObject({ code: 'RATE_LIMITED', extensions: { retryAfterSeconds: expect.any(Number), limit: 'phone' } });
    expect(firstError(refused).extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(firstError(refused).extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await stack.entries(events[3]!.eventId)).toHaveLength(0);
    // Other numbers are not affected.
    expect((await participate(stack, entryInput(events[3]!.eventId), client())).body.errors).toBeUndefined();
  });

  it('count duplicate attempts against the phone too', async () => {
    const event = await stack.publishEvent();
    const phone = uniquePhone();
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(firstError(await participate(stack, entryInput(event.eventId, { phone }), client())).code ?? 'OK');
    expect(codes).toEqual(['OK', 'DUPLICATE_PARTICIPATION', 'DUPLICATE_PARTICIPATION', 'RATE_LIMITED']);
  });

  it('stop one client address after the limit, whatever the numbers, counting malformed attempts as well', async () => {
    const event = await stack.publishEvent();
    const address = client();
    for (let i = 0; i < 3; i++) expect((await participate(stack, entryInput(event.eventId), address)).body.errors).toBeUndefined();
    expect(firstError(await participate(stack, entryInput(event.eventId, { phone: 'not a phone' }), address)).code).toBe('BAD_USER_INPUT');
    expect((await participate(stack, entryInput(event.eventId), address)).body.errors).toBeUndefined();
    const refused = await participate(stack, entryInput(event.eventId), address);
    expect(firstError(refused)).toMatchObject({ code: 'RATE_LIMITED', extensions: { limit: 'address' } });
    expect(await stack.entries(event.eventId)).toHaveLength(4);
    // Another address still gets in.
    expect((await participate(stack, entryInput(event.eventId), client())).body.errors).toBeUndefined();
  });

  it('keep hashes, never the phone number or address, in the shared store', async () => {
    const phone = uniquePhone();
    const event = await stack.publishEvent();
    await participate(stack, entryInput(event.eventId, { phone }), { 'x-forwarded-for': '198.51.100.77' });
    const redis = stack.subgraph.runtime.redis!;
    const keys = await redis.keys(`${stack.env.REDIS_KEY_PREFIX}participation:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain(phone);
    expect(keys.join(' ')).not.toContain('198.51.100.77');
  });
});
