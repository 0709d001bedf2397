import { describe, expect, it } from 'vitest';
import {
  createAccessTokenIssuer, createAccessTokenVerifier, generateSecrets, signConnectionInit, signRequest,
  verifyConnectionInit, verifyRequestSignature, bearerToken, CLIENT_ADDRESS_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER,
} from '../src/index.ts';

const settings = { issuer: 'attendgate', audience: 'attendgate-api' };

describe('access tokens', () => {
  const secrets = generateSecrets();
  const issue = createAccessTokenIssuer(secrets.JWT_PRIVATE_KEY, { ...settings, ttlMs: 60_000 });
  const verify = createAccessTokenVerifier(secrets.JWT_PUBLIC_KEY, settings);

  it('verifies what the issuer signed and returns the claims', async () => {
    const { token, expiresAt } = await issue({ userId: 'u1', role: 'OWNER', sessionId: 's1' });
    const claims = await verify(token);
    expect(claims).toMatchObject({ userId: 'u1', role: 'OWNER', sessionId: 's1' });
    expect(Math.abs(claims.expiresAt.getTime() - expiresAt.getTime())).toBeLessThan(1_000);
  });

  it('says TOKEN_EXPIRED for an expired token and UNAUTHENTICATED for a foreign one', async () => {
    const expired = createAccessTokenIssuer(secrets.JWT_PRIVATE_KEY, { ...settings, ttlMs: -60_000 });
    const { token } = await expired({ userId: 'u1', role: 'OWNER', sessionId: 's1' });
    await expect(verify(token)).rejects.toMatchObject({ extensions: { code: 'TOKEN_EXPIRED' } });
    const other = createAccessTokenIssuer(generateSecrets().JWT_PRIVATE_KEY, { ...settings, ttlMs: 60_000 });
    const forged = await other({ userId: 'u1', role: 'ADMIN', sessionId: 's1' });
    await expect(verify(forged.token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verify('not-a-jwt')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('reads only well-formed Bearer headers', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(() => bearerToken('Basic xyz')).toThrowError(/Bearer/);
  });
});

describe('gateway request signatures', () => {
  const secret = 'x'.repeat(40);
  const body = JSON.stringify({ query: '{ _service { sdl } }' });

  function check(headers: Record<string, string>, overrides: Partial<{ body: string; authorization: string; clientAddress: string; now: number }> = {}) {
    return verifyRequestSignature(
      secret,
      {
        timestamp: headers[TIMESTAMP_HEADER],
        signature: headers[SIGNATURE_HEADER],
        authorization: overrides.authorization ?? 'Bearer t',
        clientAddress: overrides.clientAddress ?? headers[CLIENT_ADDRESS_HEADER],
        body: overrides.body ?? body,
      },
      60_000,
      overrides.now ?? Date.now(),
    );
  }

  it('accepts the exact request the gateway signed', () => {
    expect(check(signRequest(secret, body, 'Bearer t'))).toEqual({ ok: true });
  });

  it('refuses an altered body, another caller token, a stale timestamp, another secret or no signature', () => {
    const headers = signRequest(secret, body, 'Bearer t');
    expect(check(headers, { body: body + ' ' })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check(headers, { authorization: 'Bearer other' })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check(headers, { now: Date.now() + 61_000 })).toEqual({ ok: false, reason: 'stale' });
    expect(check(signRequest('y'.repeat(40), body, 'Bearer t'))).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check({})).toEqual({ ok: false, reason: 'unsigned' });
  });

  it("binds the client's address: it is sent with the signature and cannot be swapped or added", () => {
    const headers = signRequest(secret, body, 'Bearer t', { clientAddress: '203.0.113.7' });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.7');
    expect(check(headers)).toEqual({ ok: true });
    expect(check(headers, { clientAddress: '198.51.100.1' })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check(signRequest(secret, body, 'Bearer t'), { clientAddress: '198.51.100.1' })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('signs websocket connection_init payloads the same way', () => {
    const params = signConnectionInit(secret, 'Bearer t');
    expect(verifyConnectionInit(secret, params, 60_000)).toEqual({ ok: true });
    expect(verifyConnectionInit(secret, { ...params, authorization: 'Bearer x' }, 60_000).ok).toBe(false);
    expect(verifyConnectionInit(secret, {}, 60_000).ok).toBe(false);
  });
});

describe('verified-token cache', () => {
  const secrets = generateSecrets();
  const verify = createAccessTokenVerifier(secrets.JWT_PUBLIC_KEY, settings);

  it('answers a token it verified before with the same claims, and still refuses it once it expires', async () => {
    // `exp` has whole-second precision, so this token expired 3.5 to 4.5 s ago: inside the 5 s clock tolerance,
    // so it verifies now, and certainly past it 1.6 s later.
    const issue = createAccessTokenIssuer(secrets.JWT_PRIVATE_KEY, { ...settings, ttlMs: -3_500 });
    const { token } = await issue({ userId: 'u9', role: 'CUSTOMER', sessionId: 's9' });
    const first = await verify(token);
    expect(await verify(token)).toEqual(first);
    await new Promise((r) => setTimeout(r, 1_600));
    await expect(verify(token)).rejects.toMatchObject({ extensions: { code: 'TOKEN_EXPIRED' } });
  });

  it('never caches a refusal: a forged token stays refused, a valid one after it is accepted', async () => {
    const forged = await createAccessTokenIssuer(generateSecrets().JWT_PRIVATE_KEY, { ...settings, ttlMs: 60_000 })({ userId: 'u', role: 'ADMIN', sessionId: 's' });
    await expect(verify(forged.token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verify(forged.token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
