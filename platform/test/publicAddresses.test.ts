import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress, publicAddressesOnly, requestJson, UpstreamError } from '../src/index.ts';

/** An upstream on this machine, which a user-chosen URL must never reach, counting what reaches it. */
let received = 0;
const server = http.createServer((_req, res) => {
  received++;
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/**
 * A resolver with fixed answers (DNS is an external system: this is its stand-in), so a public-looking name
 * can be made to resolve to this machine, as an attacker's DNS would.
 */
const resolver = (answers: Record<string, string[]>) => (hostname: string, _options: unknown, callback: (error: NodeJS.ErrnoException | null, addresses: { address: string; family: number }[]) => void) => {
  const addresses = answers[hostname];
  if (!addresses) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
};

describe('private addresses', () => {
  it('are loopback, private networks, link-local (cloud metadata), carrier NAT and the unspecified address, in v4, v6 and v4-mapped v6', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::1]', '224.0.0.1']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8', 'example.com']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});

describe('publicAddressesOnly', () => {
  it('refuses a public-looking name that resolves to this machine, before sending anything, as a non-transient error', async () => {
    const dispatcher = publicAddressesOnly({ lookup: resolver({ 'crm.example.test': ['127.0.0.1'] }) });
    const before = received;
    const error = await requestJson('CRM', `http://crm.example.test:${port}`, { path: '/contacts', dispatcher }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ transient: false, message: expect.stringContaining('private or local') });
    expect(received).toBe(before);
  });

  it('refuses a name with any private address among its answers, and an address literal that is private', async () => {
    const dispatcher = publicAddressesOnly({ lookup: resolver({ 'mixed.example.test': ['8.8.8.8', '10.0.0.7'] }) });
    const mixed = await requestJson('CRM', `http://mixed.example.test:${port}`, { path: '/', dispatcher }).catch((e: unknown) => e);
    expect(mixed).toMatchObject({ transient: false, message: expect.stringContaining('private or local') });
    const literal = await requestJson('CRM', `http://127.0.0.1:${port}`, { path: '/', dispatcher }).catch((e: unknown) => e);
    expect(literal).toMatchObject({ transient: false, message: expect.stringContaining('private or local') });
  });

  it('lets a name that resolves to public addresses through to connect', async () => {
    // 192.0.2.1 is TEST-NET-1: public as far as the guard is concerned, and never answering, so the request
    // ends by its timeout or an unreachable network, not by the guard.
    const dispatcher = publicAddressesOnly({ lookup: resolver({ 'public.example.test': ['192.0.2.1'] }) });
    const error = await requestJson('CRM', `http://public.example.test:${port}`, { path: '/', dispatcher, signal: AbortSignal.timeout(1_000) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ transient: true, message: 'CRM could not be reached' });
  });

  it('passes a resolver failure on as a transient error (the name may resolve later)', async () => {
    const dispatcher = publicAddressesOnly({ lookup: resolver({}) });
    const error = await requestJson('CRM', `http://nowhere.example.test:${port}`, { path: '/', dispatcher }).catch((e: unknown) => e);
    expect(error).toMatchObject({ transient: true, message: 'CRM could not be reached' });
  });

  it('without it, the same request reaches the upstream (the guard is what refuses)', async () => {
    expect(await requestJson('CRM', `http://127.0.0.1:${port}`, { path: '/' })).toEqual({ ok: true });
  });
});
