import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccessTokenIssuer, signConnectionInit, signRequest, startSubgraph, type RunningSubgraph,
} from '../src/index.ts';
import { createTestEnvironment, type TestEnvironment } from '../src/testing/index.ts';
import { notesSubgraph } from './fixtures/notes/notesSubgraph.ts';

let environment: TestEnvironment;
let subgraph: RunningSubgraph;

beforeAll(async () => {
  environment = await createTestEnvironment();
  subgraph = await startSubgraph(notesSubgraph, { env: environment.env, port: 0 });
});
afterAll(async () => {
  await subgraph?.stop();
  await environment?.dispose();
});

async function post(body: unknown, options: { sign?: boolean; authorization?: string; tamper?: boolean } = {}) {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.authorization) headers.authorization = options.authorization;
  if (options.sign !== false) Object.assign(headers, signRequest(environment.env.SUBGRAPH_SIGNING_SECRET!, text, options.authorization));
  const response = await fetch(subgraph.url, { method: 'POST', headers, body: options.tamper ? text.replace('1', '2') : text });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

describe('subgraph server', () => {
  it('answers signed requests', async () => {
    const { status, body } = await post({ query: '{ note(id: "1") { id text } }' });
    expect(status).toBe(200);
    expect(body.data.note).toEqual({ id: '1', text: 'note 1' });
  });

  it('refuses unsigned, tampered and stale requests before GraphQL runs, _entities and _service included', async () => {
    for (const query of ['{ note(id: "1") { id } }', '{ _service { sdl } }', '{ _entities(representations: [{ __typename: "Note", id: "1" }]) { ... on Note { text } } }']) {
      const unsigned = await post({ query }, { sign: false });
      expect(unsigned.status).toBe(401);
      expect(unsigned.body.data).toBeUndefined();
    }
    expect((await post({ query: '{ note(id: "1") { id } }' }, { tamper: true })).status).toBe(401);
    const text = JSON.stringify({ query: '{ _service { sdl } }' });
    const stale = signRequest(environment.env.SUBGRAPH_SIGNING_SECRET!, text, undefined, { now: Date.now() - 120_000 });
    const response = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...stale }, body: text });
    expect(response.status).toBe(401);
  });

  it('resolves entities for the gateway', async () => {
    const { body } = await post({ query: '{ _entities(representations: [{ __typename: "Note", id: "7" }]) { ... on Note { text } } }' });
    expect(body.data._entities).toEqual([{ text: 'note 7' }]);
  });

  it('knows the caller from a verified token and refuses fields that need one without it', async () => {
    const issue = createAccessTokenIssuer(environment.env.JWT_PRIVATE_KEY!, { issuer: 'attendgate', audience: 'attendgate-api', ttlMs: 60_000 });
    const { token } = await issue({ userId: 'user-1', role: 'CUSTOMER', sessionId: 's' });
    expect((await post({ query: '{ whoami }' }, { authorization: `Bearer ${token}` })).body.data.whoami).toBe('user-1');
    const anonymous = await post({ query: '{ whoami }' });
    expect(anonymous.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('denies fields without a permission rule (deny by default) and still answers the others', async () => {
    const { body } = await post({ query: '{ unruled note(id: "1") { id } }' });
    expect(body.data).toEqual({ unruled: null, note: { id: '1' } });
    expect(body.errors?.[0]).toMatchObject({ path: ['unruled'], extensions: { code: 'FORBIDDEN' } });
  });

  it('masks unexpected errors: no SQL or addresses, a correlation id instead', async () => {
    const { body } = await post({ query: '{ boom }' });
    const [error] = body.errors!;
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions.correlationId).toMatch(/[0-9a-f-]{36}/);
    expect(JSON.stringify(body)).not.toMatch(/secret_table|10\.0\.0\.5|stack/);
  });

  it('serves liveness and readiness', async () => {
    const base = subgraph.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
  });

  it('streams subscriptions over graphql-ws to a signed connection, applies permission rules when they start, and closes unsigned ones with 4403', async () => {
    const signed = createClient({
      url: subgraph.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0,
      connectionParams: () => ({ ...signConnectionInit(environment.env.SUBGRAPH_SIGNING_SECRET!, undefined) }),
    });
    const events = signed.iterate({ query: 'subscription { noteAdded { id text } }' });
    const first = events.next();
    await new Promise((r) => setTimeout(r, 200));
    await subgraph.runtime.bus.publish('notes.added', { noteAdded: { id: '9', text: 'hello' } });
    expect((await first).value).toEqual({ data: { noteAdded: { id: '9', text: 'hello' } } });
    await events.return?.();
    await signed.dispose();

    const guarded = createClient({
      url: subgraph.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0,
      connectionParams: () => ({ ...signConnectionInit(environment.env.SUBGRAPH_SIGNING_SECRET!, undefined) }),
    });
    const refused = await guarded.iterate({ query: 'subscription { secretNotes { id } }' }).next().catch((errors: unknown) => errors);
    expect(JSON.stringify(refused)).toContain('FORBIDDEN');
    await guarded.dispose();

    const closed = await new Promise<number>((resolve) => {
      const unsigned = createClient({ url: subgraph.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {}, on: { closed: (event) => resolve((event as { code: number }).code) } });
      void unsigned;
    });
    expect(closed).toBe(4403);
  });
});

describe('request errors from graphql-js', () => {
  it('keep their own code, also when coercion wraps another GraphQLError', async () => {
    const badVariable = await post({ query: 'query($id: ID!) { note(id: $id) { id } }', variables: { id: { nested: true } } });
    expect(badVariable.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const invalid = await post({ query: '{ note(id: "1") { missingField } }' });
    expect(invalid.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
