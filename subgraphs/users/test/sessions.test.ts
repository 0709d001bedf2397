import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerInput, firstError, login, ME, PASSWORD, REFRESH, signUp } from './support/fixtures.ts';
import { startUsersStack, type UsersStack } from './support/stack.ts';

let stack: UsersStack;
beforeAll(async () => {
  stack = await startUsersStack();
});
afterAll(async () => stack?.stop());

async function loggedIn(): Promise<{ id: string; email: string; accessToken: string; refreshToken: string }> {
  const input = customerInput();
  const { id } = (await signUp(stack, input)).body.data.signUp.user;
  const { accessToken, refreshToken } = (await login(stack, input.email, PASSWORD)).body.data.login;
  return { id, email: input.email, accessToken, refreshToken };
}

function refresh(refreshToken: string) {
  return stack.graphql({ query: REFRESH, variables: { refreshToken } });
}

function me(accessToken?: string) {
  return stack.graphql({ query: ME, ...(accessToken ? { token: accessToken } : {}) });
}

describe('me', () => {
  it('is the signed-in user, with their own e-mail and phone', async () => {
    const input = customerInput();
    const { accessToken, user } = (await signUp(stack, input)).body.data.signUp;
    expect((await me(accessToken)).body.data.me).toMatchObject({ id: user.id, email: input.email, phone: input.phone, role: 'CUSTOMER' });
  });

  it('needs a token', async () => {
    expect(firstError(await me()).code).toBe('UNAUTHENTICATED');
  });
});

describe('refresh tokens', () => {
  it('rotate: each refresh answers a new pair, and the new access token works', async () => {
    const session = await loggedIn();
    const first = (await refresh(session.refreshToken)).body.data.refreshToken;
    expect(first.refreshToken).not.toBe(session.refreshToken);
    expect(first.user.id).toBe(session.id);
    expect((await me(first.accessToken)).body.data.me.id).toBe(session.id);
    const second = (await refresh(first.refreshToken)).body.data.refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
  });

  it('detect reuse: presenting a used token revokes the whole session, its newest tokens included', async () => {
    const session = await loggedIn();
    const rotated = (await refresh(session.refreshToken)).body.data.refreshToken;

    const reuse = await refresh(session.refreshToken);
    expect(reuse.body.data?.refreshToken ?? null).toBeNull();
    expect(firstError(reuse).code).toBe('REFRESH_TOKEN_REUSED');

    expect(firstError(await refresh(rotated.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(firstError(await me(rotated.accessToken)).code).toBe('UNAUTHENTICATED');
    expect(firstError(await me(session.accessToken)).code).toBe('UNAUTHENTICATED');
    const [row] = await stack.sql<{ revoked_reason: string }>('select revoked_reason from users.session where user_id = ? and revoked_at is not null', [session.id]);
    expect(row?.revoked_reason).toBe('REFRESH_TOKEN_REUSED');
  });

  it('let exactly one of two concurrent refreshes with the same token win', async () => {
    const session = await loggedIn();
    const results = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    const codes = results.map((result) => (result.body.data?.refreshToken ? 'OK' : firstError(result).code)).sort();
    expect(codes).toEqual(['OK', 'REFRESH_TOKEN_REUSED']);
  });

  it('are refused when unknown or expired', async () => {
    expect(firstError(await refresh('not-a-token')).code).toBe('UNAUTHENTICATED');
    const session = await loggedIn();
    await stack.sql(`update users.refresh_token set expires_at = now() - interval '1 second' where used_at is null and session_id in (select id from users.session where user_id = ?)`, [session.id]);
    expect(firstError(await refresh(session.refreshToken)).code).toBe('UNAUTHENTICATED');
  });

  it('are stored only as hashes', async () => {
    const session = await loggedIn();
    const rows = await stack.sql<{ token_hash: string }>('select token_hash from users.refresh_token');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.token_hash)).not.toContain(session.refreshToken);
  });
});

describe('logout', () => {
  it('ends the session: its refresh token stops working and the gateway refuses its access token at once', async () => {
    const session = await loggedIn();
    const other = (await login(stack, session.email, PASSWORD)).body.data.login;

    const result = await stack.graphql({ query: 'mutation { logout }', token: session.accessToken });
    expect(result.body).toEqual({ data: { logout: true } });

    expect(firstError(await refresh(session.refreshToken)).code).toBe('UNAUTHENTICATED');
    expect(firstError(await me(session.accessToken)).code).toBe('UNAUTHENTICATED');
    // Only that session: a login elsewhere goes on.
    expect((await me(other.accessToken)).body.data.me.id).toBe(session.id);
  });

  it('needs a token', async () => {
    expect(firstError(await stack.graphql({ query: 'mutation { logout }' })).code).toBe('UNAUTHENTICATED');
  });
});
