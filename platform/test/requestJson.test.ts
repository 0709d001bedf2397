import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestJson, UpstreamError } from '../src/index.ts';

/** An upstream that answers with what it received: method, content type and body text. */
const server = http.createServer((req, res) => {
  if (req.url === '/moved') {
    res.writeHead(302, { location: '/json' }).end();
    return;
  }
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, type: req.headers['content-type'] ?? null, body })));
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('requestJson bodies', () => {
  it('sends a JSON body as JSON, and a form as application/x-www-form-urlencoded (OAuth2 token endpoints)', async () => {
    expect(await requestJson('upstream', base, { path: '/json', body: { a: 1 } })).toEqual({ method: 'POST', type: 'application/json', body: '{"a":1}' });
    expect(await requestJson('upstream', base, { path: '/token', form: { grant_type: 'client_credentials', client_secret: 'a&b=c' } }))
      .toEqual({ method: 'POST', type: 'application/x-www-form-urlencoded', body: 'grant_type=client_credentials&client_secret=a%26b%3Dc' });
    expect(await requestJson('upstream', base, { path: '/get' })).toEqual({ method: 'GET', type: null, body: '' });
  });

  it('follows redirects unless told not to; then a redirect is a non-transient 3xx error', async () => {
    expect(await requestJson('upstream', base, { path: '/moved' })).toMatchObject({ method: 'GET' });
    const refused = await requestJson('upstream', base, { path: '/moved', followRedirects: false }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UpstreamError);
    expect(refused).toMatchObject({ status: 302, transient: false });
  });
});
