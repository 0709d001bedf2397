import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/index.ts';
import { startTestStack, type TestStack } from '../src/testing/index.ts';
import { gadgetsSubgraph } from './fixtures/gadgets/gadgetsSubgraph.ts';

let stack: TestStack;
let limited: RunningGateway;
const RATE_LIMIT = 3;

beforeAll(async () => {
  stack = await startTestStack({ subgraphs: [gadgetsSubgraph] });
  limited = await startGateway({ env: { ...stack.env, GATEWAY_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) }, port: 0, supergraphSdl: stack.supergraphSdl });
});
afterAll(async () => {
  await limited?.stop();
  await stack?.stop();
});

/** `gadget(id: "1") { parts { parts { ... { id } } } }` with `levels` fields in the chain. */
function nested(levels: number): string {
  return `{ gadget(id: "1") { ${'parts(first: 1) { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
}

describe('request limits', () => {
  it('refuse a body over GATEWAY_MAX_BODY_BYTES (1 MB) with 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: '{ gadget(id: "1") { id } }', variables: { padding: 'x'.repeat(1024 * 1024) } });
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // Just under the cap is fine.
    const fits = JSON.stringify({ query: '{ gadget(id: "1") { id } }', variables: { padding: 'x'.repeat(1000 * 1000) } });
    expect((await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: fits })).status).toBe(200);
  });

  it('refuse operations nested deeper than 12 levels with 400 QUERY_TOO_COMPLEX, before any subgraph is called', async () => {
    expect((await stack.graphql({ query: nested(12) })).body.errors).toBeUndefined();
    const { status, body } = await stack.graphql({ query: nested(13) });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 12, actual: 13 });
  });

  it('refuse operations with more than 30 aliases', async () => {
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `g${i}: gadget(id: "${i}") { id }`).join(' ')} }`;
    expect((await stack.graphql({ query: aliased(30) })).body.errors).toBeUndefined();
    const { status, body } = await stack.graphql({ query: aliased(31) });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 30, actual: 31 });
  });

  it('refuse operations whose estimated cost is over 5000', async () => {
    // 1 + 100 × (1 + 100 × 1) = 10101
    const { status, body } = await stack.graphql({ query: '{ gadgets(first: 100) { parts(first: 100) { id } } }' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 5000, actual: 10101 });
    // 1 + 10 × (1 + 10 × 2) = 211
    expect((await stack.graphql({ query: '{ gadgets(first: 10) { parts(first: 10) { id name } } }' })).status).toBe(200);
  });

  it('refuse batched requests', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ gadget(id: "1") { id } }' }, { query: '{ gadget(id: "2") { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuse simple cross-site requests (CSRF prevention): a GET without a preflight header', async () => {
    const url = `${stack.gatewayUrl}?query=${encodeURIComponent('{ gadget(id: "1") { id } }')}`;
    expect((await fetch(url)).status).toBe(400);
    expect((await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(200);
  });
});

describe('rate limiting', () => {
  async function ask(token?: string, ip?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (ip) headers['x-forwarded-for'] = ip;
    return fetch(limited.url, { method: 'POST', headers, body: JSON.stringify({ query: '{ gadget(id: "1") { id } }' }) });
  }

  it('allows GATEWAY_RATE_LIMIT_PER_MINUTE operations per user, then answers 429 RATE_LIMITED with Retry-After', async () => {
    const token = await stack.issueAccessToken({ userId: 'busy-user', role: 'CUSTOMER' });
    for (let i = 0; i < RATE_LIMIT; i++) expect((await ask(token)).status).toBe(200);
    const refused = await ask(token);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });

    // Another user has a budget of their own.
    const other = await stack.issueAccessToken({ userId: 'calm-user', role: 'CUSTOMER' });
    expect((await ask(other)).status).toBe(200);
  });

  it('counts anonymous callers per IP and ignores X-Forwarded-For unless proxies are trusted', async () => {
    // Every anonymous request of this file comes from 127.0.0.1 and shares its budget; spoofed
    // X-Forwarded-For values must not buy fresh ones.
    let last: Response | undefined;
    for (let i = 0; i <= RATE_LIMIT; i++) last = await ask(undefined, `203.0.113.${i}`);
    expect(last!.status).toBe(429);
  });

  it('counts bad tokens too, so they cannot be tried without limit', async () => {
    // Behind a trusted proxy (loopback here) the gateway sees each client's own IP, so this client starts
    // with a budget of its own.
    const proxied = await startGateway({
      env: { ...stack.env, GATEWAY_RATE_LIMIT_PER_MINUTE: '2', GATEWAY_TRUSTED_PROXIES: 'loopback' },
      port: 0,
      supergraphSdl: stack.supergraphSdl,
    });
    try {
      const tryToken = () =>
        fetch(proxied.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer forged', 'x-forwarded-for': '198.51.100.7' },
          body: JSON.stringify({ query: '{ gadget(id: "1") { id } }' }),
        });
      expect((await tryToken()).status).toBe(401);
      expect((await tryToken()).status).toBe(401);
      expect((await tryToken()).status).toBe(429);
      // Behind a trusted proxy, another client IP has its own budget.
      const elsewhere = await fetch(proxied.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.8' },
        body: JSON.stringify({ query: '{ gadget(id: "1") { id } }' }),
      });
      expect(elsewhere.status).toBe(200);
    } finally {
      await proxied.stop();
    }
  });
});
