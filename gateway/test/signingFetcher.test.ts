import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRequestSignature } from '@attendgate/platform';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSigningFetcher } from '../src/signingFetcher.ts';
import { SubgraphRequestError } from '../src/subgraphRequestError.ts';
import { freePort } from './helpers.ts';

const secret = randomBytes(32).toString('base64url');
const dispatcher = new Agent({ connections: 4 });
let server: http.Server;
let url: string;
const received: { headers: http.IncomingHttpHeaders; body: Buffer }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) });
      if (req.url === '/hang') return; // never answers
      if (req.url === '/teapot') res.statusCode = 418;
      res.setHeader('content-type', 'application/json');
      res.setHeader('x-repeated', ['a', 'b']);
      res.end('{"data":{"ok":true}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await dispatcher.close();
});

describe('signing fetcher', () => {
  it('signs the exact bytes it sends, bound to the forwarded Authorization header', async () => {
    const fetcher = createSigningFetcher({ subgraph: 'things', secret, timeoutMs: 5_000, dispatcher });
    const body = JSON.stringify({ query: '{ ok }', variables: { name: 'Zoë ✓' } });
    const response = await fetcher(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', Authorization: 'Bearer abc' }, body });
    expect(await response.json()).toEqual({ data: { ok: true } });

    const request = received.at(-1)!;
    expect(request.body.toString('utf8')).toBe(body);
    const check = (authorization: string | undefined, bytes: Buffer) =>
      verifyRequestSignature(secret, {
        timestamp: request.headers[TIMESTAMP_HEADER] as string,
        signature: request.headers[SIGNATURE_HEADER] as string,
        authorization,
        clientAddress: undefined,
        body: bytes,
      }, 60_000);
    expect(check('Bearer abc', request.body)).toEqual({ ok: true });
    expect(check('Bearer someone-else', request.body).ok).toBe(false);
    expect(check('Bearer abc', Buffer.from(body.replace('ok', 'ko'))).ok).toBe(false);
  });

  it('gives up after the timeout with a timeout failure', async () => {
    const fetcher = createSigningFetcher({ subgraph: 'things', secret, timeoutMs: 150, dispatcher });
    const started = Date.now();
    const error = await fetcher(`${url}/hang`, { method: 'POST', headers: {}, body: '{}' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubgraphRequestError);
    expect(error).toMatchObject({ subgraph: 'things', failure: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('reports a subgraph that refuses connections as unreachable, without its URL in the message', async () => {
    const fetcher = createSigningFetcher({ subgraph: 'things', secret, timeoutMs: 5_000, dispatcher });
    const closed = `http://127.0.0.1:${await freePort()}/graphql`;
    const error = (await fetcher(closed, { method: 'POST', headers: {}, body: '{}' }).catch((e: unknown) => e)) as SubgraphRequestError;
    expect(error).toMatchObject({ failure: 'unreachable', url: closed });
    expect(error.message).not.toContain('127.0.0.1');
  });

  it('answers in the fetch shape RemoteGraphQLDataSource reads: status, headers by any case, the body once read', async () => {
    const fetcher = createSigningFetcher({ subgraph: 'things', secret, timeoutMs: 5_000, dispatcher });
    const refused = await fetcher(`${url}/teapot`, { method: 'POST', headers: {}, body: '{}' });
    expect({ status: refused.status, ok: refused.ok, url: refused.url }).toEqual({ status: 418, ok: false, url: `${url}/teapot` });

    const response = await fetcher(`${url}/graphql`, { method: 'POST', headers: {}, body: '{}' });
    expect(response.ok).toBe(true);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('x-repeated')).toBe('a, b');
    expect(response.headers.has('x-missing')).toBe(false);
    expect([...response.headers].map(([name]) => name)).toContain('content-type');
    expect(() => response.headers.set('content-type', 'text/plain')).toThrow(TypeError);
    const copy = response.clone();
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe('{"data":{"ok":true}}');
    expect(response.bodyUsed).toBe(true);
    expect(await copy.json()).toEqual({ data: { ok: true } });
  });
});
