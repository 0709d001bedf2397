import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenIssuer, createSessionRevocationList, generateSecrets } from '@attendgate/platform';
import { startTestStack, type TestStack } from '../src/testing/index.ts';
import { gadgetsSubgraph } from './fixtures/gadgets/gadgetsSubgraph.ts';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ subgraphs: [gadgetsSubgraph] });
});
afterAll(() => stack?.stop());

const whoAmI = '{ requestInfo { userId } }';

describe('gateway authentication', () => {
  it('serves anonymous callers when no token is sent', async () => {
    const { status, body } = await stack.graphql({ query: whoAmI });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { requestInfo: { userId: null } } });
  });

  it('knows a caller with a valid token', async () => {
    const token = await stack.issueAccessToken({ userId: 'user-1', role: 'CUSTOMER' });
    expect((await stack.graphql({ query: whoAmI, token })).body.data).toEqual({ requestInfo: { userId: 'user-1' } });
  });

  it('refuses an invalid token with 401 UNAUTHENTICATED before any subgraph is called', async () => {
    const { status, headers, body } = await stack.graphql({ query: whoAmI, token: 'not.a.jwt' });
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a malformed Authorization header with 401 UNAUTHENTICATED', async () => {
    const { status, body } = await stack.graphql({ query: whoAmI, headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed by another key with 401 UNAUTHENTICATED', async () => {
    const foreign = createAccessTokenIssuer(generateSecrets().JWT_PRIVATE_KEY, { issuer: 'attendgate', audience: 'attendgate-api', ttlMs: 60_000 });
    const { token } = await foreign({ userId: 'mallory', role: 'ADMIN', sessionId: 's-m' });
    const { status, body } = await stack.graphql({ query: whoAmI, token });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token with 401 TOKEN_EXPIRED so the client knows to refresh', async () => {
    const token = await stack.issueAccessToken({ userId: 'user-2', role: 'CUSTOMER', ttlMs: -60_000 });
    const { status, body } = await stack.graphql({ query: whoAmI, token });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'TOKEN_EXPIRED' });
  });

  it('refuses a token of a revoked session (logout) with 401 UNAUTHENTICATED, and only that session', async () => {
    const revoked = await stack.issueAccessToken({ userId: 'user-3', role: 'CUSTOMER', sessionId: 'session-logged-out' });
    const other = await stack.issueAccessToken({ userId: 'user-3', role: 'CUSTOMER', sessionId: 'session-still-open' });
    expect((await stack.graphql({ query: whoAmI, token: revoked })).status).toBe(200);

    // What the users subgraph does on logout, through the key-value store every service shares.
    await createSessionRevocationList(stack.subgraphs.gadgets!.runtime.kv, 60_000).revoke('session-logged-out');

    const refused = await stack.graphql({ query: whoAmI, token: revoked });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.graphql({ query: whoAmI, token: other })).body.data).toEqual({ requestInfo: { userId: 'user-3' } });
  });
});
