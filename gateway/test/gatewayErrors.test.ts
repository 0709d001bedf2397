import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startGateway, type RunningGateway } from '../src/index.ts';
import { startTestStack, type TestStack } from '../src/testing/index.ts';
import { gadgetsSubgraph } from './fixtures/gadgets/gadgetsSubgraph.ts';
import { freePort } from './helpers.ts';

let stack: TestStack;
const extraGateways: RunningGateway[] = [];

beforeAll(async () => {
  stack = await startTestStack({ subgraphs: [gadgetsSubgraph] });
});
afterAll(async () => {
  for (const gateway of extraGateways) await gateway.stop();
  await stack?.stop();
});

/** Another gateway over the same supergraph, with some variables changed. */
async function gatewayWith(env: Record<string, string>): Promise<RunningGateway> {
  const gateway = await startGateway({ env: { ...stack.env, ...env }, port: 0, supergraphSdl: stack.supergraphSdl });
  extraGateways.push(gateway);
  return gateway;
}

async function post(url: string, query: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, text: await response.text() };
}

/** What must never reach a client: addresses, internal names, stacks, SQL. */
function expectNothingInternal(text: string) {
  expect(text).not.toMatch(/https?:\/\//);
  expect(text).not.toMatch(/request to/);
  expect(text).not.toMatch(/127\.0\.0\.1|10\.0\.0\.7|localhost/);
  expect(text).not.toMatch(/serviceName|stacktrace|secret_table|select \*|gadgets"/i);
}

describe('errors that reach clients', () => {
  it('pass a subgraph AppError through with its code, message and path, without the subgraph name', async () => {
    const { status, text } = await post(stack.gatewayUrl, '{ missingGadget { id } }');
    expect(status).toBe(200);
    const body = JSON.parse(text);
    expect(body.data).toEqual({ missingGadget: null });
    expect(body.errors).toEqual([{ message: 'Gadget was not found.', path: ['missingGadget'], extensions: { code: 'NOT_FOUND' } }]);
    expectNothingInternal(text);
  });

  it('mask an unexpected subgraph failure: no SQL or address, INTERNAL_SERVER_ERROR with a correlation id', async () => {
    const { text } = await post(stack.gatewayUrl, '{ brokenQuery gadget(id: "1") { id } }');
    const body = JSON.parse(text);
    expect(body.data).toEqual({ brokenQuery: null, gadget: { id: '1' } });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ message: 'Internal server error.', path: ['brokenQuery'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(Object.keys(body.errors[0].extensions)).toEqual(['code', 'correlationId']);
    expect(body.errors[0].extensions.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expectNothingInternal(text);
  });

  it('pass the subgraph\'s FORBIDDEN for a field without a permission rule', async () => {
    // `unruled` is in the schema but has no rule: deny by default.
    const { text } = await post(stack.gatewayUrl, '{ unruled }');
    expect(JSON.parse(text).errors[0]).toMatchObject({ path: ['unruled'], extensions: { code: 'FORBIDDEN' } });
    expectNothingInternal(text);
  });

  it('turn a subgraph that is down into UPSTREAM_UNAVAILABLE with a friendly message and no URL', async () => {
    const down = await gatewayWith({ GADGETS_URL: `http://127.0.0.1:${await freePort()}/graphql` });
    const logged = vi.spyOn(down.runtime.logger, 'error');
    const { status, text } = await post(down.url, '{ gadget(id: "1") { id } }');
    expect(status).toBe(200);
    const body = JSON.parse(text);
    expect(body.data).toEqual({ gadget: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toMatch(/temporarily unavailable/);
    expect(body.errors[0].extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expectNothingInternal(text);
    // Operators find the details (which subgraph, where) under the id the client saw.
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ correlationId: body.errors[0].extensions.correlationId, subgraph: 'gadgets', failure: 'unreachable' }),
      expect.any(String),
    );
  });

  it('give up on a subgraph after its own timeout (<NAME>_TIMEOUT_MS) with UPSTREAM_UNAVAILABLE', async () => {
    const impatient = await gatewayWith({ GADGETS_TIMEOUT_MS: '200' });
    const started = Date.now();
    const { text } = await post(impatient.url, '{ slow(ms: 2000) }');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expectNothingInternal(text);
    // The default timeout (10 s) lets the same field finish on the stack's own gateway.
    expect(JSON.parse((await post(stack.gatewayUrl, '{ slow(ms: 300) }')).text).data).toEqual({ slow: 'done' });
  });

  it('mask a subgraph that refuses the gateway\'s signature (wrong secret) as INTERNAL_SERVER_ERROR', async () => {
    const misconfigured = await gatewayWith({ SUBGRAPH_SIGNING_SECRET: 'y'.repeat(43) });
    const { text } = await post(misconfigured.url, '{ gadget(id: "1") { id } }');
    const body = JSON.parse(text);
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) });
    expectNothingInternal(text);
  });

  it('keep graphql-js validation errors as they are', async () => {
    const { status, text } = await post(stack.gatewayUrl, '{ gadget(id: "1") { colour } }');
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0]).toMatchObject({ message: 'Cannot query field "colour" on type "Gadget".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('answer a subscription sent over HTTP with 400 pointing at graphql-ws (the gateway cannot run it)', async () => {
    const { status, text } = await post(stack.gatewayUrl, 'subscription { gadgetChanged { id } }');
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0]).toMatchObject({ message: expect.stringMatching(/graphql-ws/), extensions: { code: 'BAD_REQUEST' } });
    expectNothingInternal(text);
  });
});

describe('non-GraphQL answers from a subgraph', () => {
  let fake: http.Server;
  let answer: { status: number; contentType: string; body: string };
  let gateway: RunningGateway;

  beforeAll(async () => {
    // Stands where the subgraph should be and answers whatever the test sets.
    fake = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    gateway = await gatewayWith({ GADGETS_URL: `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql` });
  });
  afterAll(async () => {
    fake.closeAllConnections();
    await new Promise((resolve) => fake.close(resolve));
  });

  const cases = [
    { what: 'a 503 from a proxy in front of it', status: 503, contentType: 'text/html', body: '<h1>Service Unavailable at http://10.0.0.7</h1>', code: 'UPSTREAM_UNAVAILABLE' },
    { what: 'a 500 whose GraphQL error has a known code (its own token check)', status: 500, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'The access token has expired; refresh it and try again.', extensions: { code: 'TOKEN_EXPIRED' } }] }), code: 'TOKEN_EXPIRED' },
    { what: 'a 500 with a stack trace', status: 500, contentType: 'text/plain', body: 'Error: boom\n    at /srv/app/node_modules/x.js:1:1 (http://10.0.0.7:4001)', code: 'INTERNAL_SERVER_ERROR' },
    { what: 'a 200 that is not JSON', status: 200, contentType: 'text/html', body: '<html>proxy login page http://10.0.0.7/login</html>', code: 'INTERNAL_SERVER_ERROR' },
  ];
  for (const { what, code, ...response } of cases) {
    it(`turn ${what} into ${code}, leaking nothing`, async () => {
      answer = response;
      const { text } = await post(gateway.url, '{ gadget(id: "1") { id } }');
      const body = JSON.parse(text);
      expect(body.data).toEqual({ gadget: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions.code).toBe(code);
      expectNothingInternal(text);
    });
  }
});
