import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerInput, eventually, firstError, login, PASSWORD, signUp, uniqueEmail } from './support/fixtures.ts';
import { startUsersStack, type UsersStack } from './support/stack.ts';

/** Short enough to wait out in a test, long enough that the next request certainly lands inside it. */
const LOCKOUT_MS = 3_000;

let stack: UsersStack;
beforeAll(async () => {
  stack = await startUsersStack({ USERS_LOGIN_LOCKOUT_MS: String(LOCKOUT_MS) });
});
afterAll(async () => stack?.stop());

async function account(): Promise<{ email: string; id: string }> {
  const input = customerInput();
  const result = await signUp(stack, input);
  return { email: input.email, id: result.body.data.signUp.user.id };
}

describe('login', () => {
  it('signs in with the right password, whatever the case and spacing of the e-mail', async () => {
    const { email, id } = await account();
    const result = await login(stack, `  ${email.toUpperCase()}`, PASSWORD);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.login).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), user: { id, email } });
  });

  it('says INVALID_CREDENTIALS alike for a wrong password and an unknown e-mail', async () => {
    const { email } = await account();
    const wrongPassword = firstError(await login(stack, email, 'not the password'));
    const unknownEmail = firstError(await login(stack, uniqueEmail('nobody'), PASSWORD));
    expect(wrongPassword).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('locks the account at the fifth failure; even the right password is then refused with the unlock time', async () => {
    const { email } = await account();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(firstError(await login(stack, email, `wrong ${attempt}`)).code, `attempt ${attempt}`).toBe('INVALID_CREDENTIALS');
    }
    const before = Date.now();
    const fifth = firstError(await login(stack, email, 'wrong 5'));
    expect(fifth.code).toBe('ACCOUNT_LOCKED');
    const lockedUntil = Date.parse(fifth.extensions.lockedUntil as string);
    expect(lockedUntil).toBeGreaterThanOrEqual(before + LOCKOUT_MS - 1_000);

    const sixth = firstError(await login(stack, email, PASSWORD));
    expect(sixth).toMatchObject({ code: 'ACCOUNT_LOCKED', extensions: { lockedUntil: fifth.extensions.lockedUntil } });

    // After the lock window the right password works again.
    await eventually(async () => ((await login(stack, email, PASSWORD)).body.data?.login ? true : undefined), LOCKOUT_MS + 10_000, 250);
  });

  it('counts each aliased login in one request as an attempt', async () => {
    const { email } = await account();
    const aliases = [1, 2, 3, 4, 5].map((n) => `a${n}: login(email: $email, password: "wrong ${n}") { accessToken }`).join('\n');
    const batch = await stack.graphql({ query: `mutation($email: String!) { ${aliases} }`, variables: { email } });
    expect(batch.body.errors?.map((error) => error.extensions?.code)).toEqual([
      'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED',
    ]);
    expect(firstError(await login(stack, email, PASSWORD)).code).toBe('ACCOUNT_LOCKED');
  });

  it('forgets earlier failures after a successful login', async () => {
    const { email } = await account();
    for (let attempt = 1; attempt <= 4; attempt++) await login(stack, email, 'wrong');
    expect((await login(stack, email, PASSWORD)).body.errors).toBeUndefined();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(firstError(await login(stack, email, 'wrong')).code).toBe('INVALID_CREDENTIALS');
    }
    expect((await login(stack, email, PASSWORD)).body.errors).toBeUndefined();
  });

  it('locks unknown e-mail addresses the same way, so a lock does not reveal that an account exists', async () => {
    const email = uniqueEmail('ghost');
    const codes: (string | undefined)[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) codes.push(firstError(await login(stack, email, 'whatever')).code);
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
  });

  it('keeps counters in Redis under a keyed hash, never the e-mail address', async () => {
    const { email } = await account();
    await login(stack, email, 'wrong');
    const { redisEntries } = await import('./support/redisKeys.ts');
    const keys = Object.keys(await redisEntries(stack, 'users:login-*'));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain(email);
  });
});
