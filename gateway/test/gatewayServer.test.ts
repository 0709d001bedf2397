import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeSupergraph } from '@attendgate/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/index.ts';
import { startTestStack, type TestStack } from '../src/testing/index.ts';
import { gadgetsSubgraph } from './fixtures/gadgets/gadgetsSubgraph.ts';
import { eventually, fieldNamesOf } from './helpers.ts';

let stack: TestStack;
let production: RunningGateway;
let base: string;

beforeAll(async () => {
  stack = await startTestStack({ subgraphs: [gadgetsSubgraph] });
  production = await startGateway({ env: { ...stack.env, NODE_ENV: 'production' }, port: 0, supergraphSdl: stack.supergraphSdl });
  base = stack.gatewayUrl.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await production?.stop();
  await stack?.stop();
});

const asBrowser = { accept: 'text/html' };
const introspection = JSON.stringify({ query: '{ __schema { queryType { name } } }' });

describe('landing page and introspection', () => {
  it('serve Apollo Sandbox outside production, with the graphql-ws endpoint preset on the same URL', async () => {
    const response = await fetch(stack.gatewayUrl, { headers: asBrowser });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('https://embeddable-sandbox.cdn.apollographql.com/');
    expect(html).toContain('new window.EmbeddedSandbox(');
    expect(html).toMatch(/initialEndpoint: endpoint,/);
    expect(html).toMatch(/initialSubscriptionEndpoint: endpoint\.replace\(\/\^http\/, 'ws'\)/);
    const introspected = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: introspection });
    expect(await introspected.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('serve neither a landing page nor introspection in production', async () => {
    const response = await fetch(production.url, { headers: asBrowser });
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toMatch(/Sandbox|<html/i);
    const introspected = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: introspection });
    expect(introspected.status).toBe(400);
    const body = (await introspected.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]!.message).toMatch(/introspection/i);
  });
});

describe('health', () => {
  it('answers liveness, and readiness with Redis and the supergraph checked', async () => {
    const live = await fetch(`${base}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { redis: 'ok', supergraph: 'ok' } });
  });
});

describe('shutdown', () => {
  it('finishes requests in flight, then stops listening', async () => {
    const gateway = await startGateway({ env: stack.env, port: 0, supergraphSdl: stack.supergraphSdl });
    const inFlight = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ slow(ms: 400) }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await gateway.stop();
    const answered = await inFlight;
    expect(await answered.json()).toEqual({ data: { slow: 'done' } });
    await expect(fetch(gateway.url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('fails to start on a port that is taken, and says so', async () => {
    const started = Date.now();
    await expect(startGateway({ env: stack.env, port: stack.gateway.port, supergraphSdl: stack.supergraphSdl })).rejects.toThrow(/EADDRINUSE/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe('supergraph file', () => {
  it('is reloaded when it changes outside production, and a broken one leaves the current schema in place', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'supergraph-'));
    const file = path.join(directory, 'supergraph.graphql');
    const schema = fs.readFileSync(gadgetsSubgraph.schemaFile, 'utf8');
    const compose = (typeDefs: string) =>
      composeSupergraph([{ name: 'gadgets', url: stack.subgraphs.gadgets!.url, typeDefs }]).supergraphSdl;
    fs.writeFileSync(file, compose(schema));
    const gateway = await startGateway({ env: { ...stack.env, NODE_ENV: 'development', SUPERGRAPH_FILE: file }, port: 0 });
    const queryFields = () => fieldNamesOf(gateway.url, 'Query');
    try {
      expect(await queryFields()).not.toContain('gadgetCount');

      fs.writeFileSync(file, 'this is not a supergraph');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await queryFields()).toContain('gadget');

      fs.writeFileSync(file, compose(schema.replace('type Query {', 'type Query {\n  gadgetCount: Int')));
      await eventually(async () => expect(await queryFields()).toContain('gadgetCount'));
    } finally {
      await gateway.stop();
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
