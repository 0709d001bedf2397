import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CLIENT_ADDRESS_HEADER, signRequest } from '@attendgate/platform';
import { startGateway } from '../src/startGateway.ts';
import { signedSubgraphRequest, startTestStack, type TestStack } from '../src/testing/index.ts';
import { gadgetsSubgraph } from './fixtures/gadgets/gadgetsSubgraph.ts';

let stack: TestStack;
let subgraphUrl: string;
let secret: string;

beforeAll(async () => {
  stack = await startTestStack({ subgraphs: [gadgetsSubgraph] });
  subgraphUrl = stack.subgraphs.gadgets!.url;
  secret = stack.env.SUBGRAPH_SIGNING_SECRET!;
});
afterAll(() => stack?.stop());

const entitiesQuery = '{ _entities(representations: [{ __typename: "Gadget", id: "7" }]) { ... on Gadget { name } } }';

describe('gateway to subgraph', () => {
  it('routes operations to the subgraph, whose door accepts only what the gateway signed', async () => {
    const { status, body } = await stack.graphql<{ gadget: { id: string; name: string; parts: { id: string }[] } }>({
      query: '{ gadget(id: "4") { id name parts(first: 2) { id } } }',
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { gadget: { id: '4', name: 'gadget 4', parts: [{ id: '4.1' }, { id: '4.2' }] } } });
  });

  it('forwards a sane client request id and the verified caller to the subgraph', async () => {
    const token = await stack.issueAccessToken({ userId: 'user-42', role: 'CUSTOMER' });
    const { headers, body } = await stack.graphql<{ requestInfo: { requestId: string; userId: string } }>({
      query: '{ requestInfo { requestId userId } }',
      token,
      headers: { 'x-request-id': 'client-req-1' },
    });
    expect(headers.get('x-request-id')).toBe('client-req-1');
    expect(body.data?.requestInfo).toEqual({ requestId: 'client-req-1', userId: 'user-42' });
  });

  it('replaces an unreasonable request id with a fresh one and forwards that', async () => {
    const { headers, body } = await stack.graphql<{ requestInfo: { requestId: string } }>({
      query: '{ requestInfo { requestId } }',
      headers: { 'x-request-id': `bad id ${'x'.repeat(200)}` },
    });
    const issued = headers.get('x-request-id');
    expect(issued).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.data?.requestInfo.requestId).toBe(issued);
  });

  it('gives each request its own id when the client sends none', async () => {
    const first = await stack.graphql({ query: '{ requestInfo { requestId } }' });
    const second = await stack.graphql({ query: '{ requestInfo { requestId } }' });
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
  });
});

describe('a subgraph reached directly', () => {
  it('refuses unsigned requests with 401, _entities and _service included', async () => {
    for (const query of ['{ gadget(id: "1") { id } }', entitiesQuery, '{ _service { sdl } }']) {
      const response = await fetch(subgraphUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { data?: unknown };
      expect(body.data).toBeUndefined();
    }
  });

  it('refuses a request signed with another secret, or whose body differs from the signed one', async () => {
    const wrongSecret = await signedSubgraphRequest(subgraphUrl, 'x'.repeat(40), { query: entitiesQuery });
    expect(wrongSecret.status).toBe(401);

    const signed = JSON.stringify({ query: '{ gadget(id: "1") { id } }' });
    const sent = JSON.stringify({ query: '{ gadget(id: "2") { id } }' });
    const response = await fetch(subgraphUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...signRequest(secret, signed, undefined) }, body: sent });
    expect(response.status).toBe(401);
  });

  it('refuses a stale signature (a replay after the window)', async () => {
    const body = JSON.stringify({ query: '{ _service { sdl } }' });
    const stale = signRequest(secret, body, undefined, { now: Date.now() - 5 * 60_000 });
    const response = await fetch(subgraphUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...stale }, body });
    expect(response.status).toBe(401);
  });

  it('refuses a signed request replayed with another caller\'s token', async () => {
    const token = await stack.issueAccessToken({ userId: 'someone-else', role: 'CUSTOMER' });
    const body = JSON.stringify({ query: '{ requestInfo { userId } }' });
    const response = await fetch(subgraphUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...signRequest(secret, body, undefined) },
      body,
    });
    expect(response.status).toBe(401);
  });

  it('answers _entities for a correctly signed request (what the gateway sends)', async () => {
    const { status, body } = await signedSubgraphRequest<{ _entities: { name: string }[] }>(subgraphUrl, secret, { query: entitiesQuery });
    expect(status).toBe(200);
    expect(body.data?._entities).toEqual([{ name: 'gadget 7' }]);
  });
});

describe("the client's address", () => {
  const query = '{ requestInfo { clientAddress } }';
  const isLoopback = (address: string) => ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(address);

  it('reaches subgraphs over HTTP and over graphql-ws, and X-Forwarded-For is ignored from untrusted peers', async () => {
    const { body } = await stack.graphql<{ requestInfo: { clientAddress: string } }>({ query, headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(isLoopback(body.data!.requestInfo.clientAddress)).toBe(true);

    const client = createClient({ url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const result = await client.iterate({ query }).next();
    expect(isLoopback((result.value as { data: { requestInfo: { clientAddress: string } } }).data.requestInfo.clientAddress)).toBe(true);
    await client.dispose();
  });

  it('is taken from X-Forwarded-For only when the peer is a trusted proxy, on both transports', async () => {
    const proxied = await startGateway({ env: { ...stack.env, GATEWAY_TRUSTED_PROXIES: 'loopback' }, port: 0, supergraphSdl: stack.supergraphSdl });
    try {
      const response = await fetch(proxied.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ query }),
      });
      expect(((await response.json()) as { data: { requestInfo: { clientAddress: string } } }).data.requestInfo.clientAddress).toBe('203.0.113.9');

      const client = createClient({
        url: proxied.url.replace(/^http/, 'ws'),
        retryAttempts: 0,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { 'x-forwarded-for': '198.51.100.4' } });
          }
        },
      });
      const result = await client.iterate({ query }).next();
      expect((result.value as { data: { requestInfo: { clientAddress: string } } }).data.requestInfo.clientAddress).toBe('198.51.100.4');
      await client.dispose();
    } finally {
      await proxied.stop();
    }
  });

  it('cannot be set by anyone but the gateway: an address the signature does not cover is refused', async () => {
    const body = JSON.stringify({ query });
    const response = await fetch(subgraphUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRequest(secret, body, undefined), [CLIENT_ADDRESS_HEADER]: '203.0.113.9' },
      body,
    });
    expect(response.status).toBe(401);
  });
});
