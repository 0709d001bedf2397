import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUsers, countVerificationJobs, customerInput, firstError, ownerInput, PASSWORD, signUp, uniqueEmail, uniquePhone, validBusinessNumber } from './support/fixtures.ts';
import { startUsersStack, type UsersStack } from './support/stack.ts';

let stack: UsersStack;
beforeAll(async () => {
  stack = await startUsersStack();
});
afterAll(async () => stack?.stop());

/** Expects a refusal with this code and field, and that no account and no job were written. */
async function expectRefused(input: Record<string, unknown>, code: string, field: string) {
  const usersBefore = await countUsers(stack);
  const jobsBefore = await countVerificationJobs(stack);
  const result = await signUp(stack, input);
  expect(result.body.data?.signUp ?? null).toBeNull();
  expect(firstError(result)).toMatchObject({ code, extensions: { field } });
  expect(await countUsers(stack)).toBe(usersBefore);
  expect(await countVerificationJobs(stack)).toBe(jobsBefore);
}

describe('sign-up', () => {
  it('creates a customer, signs them in, and normalises e-mail and phone', async () => {
    const email = uniqueEmail('Mixed.Case');
    const result = await signUp(stack, customerInput({ email: `  ${email.toUpperCase()} `, phone: '010-9876-0001' }));
    expect(result.body.errors).toBeUndefined();
    const { user, accessToken, refreshToken } = result.body.data.signUp;
    expect(user).toMatchObject({ email: email.toLowerCase(), phone: '01098760001', role: 'CUSTOMER', store: null });
    expect(accessToken).toEqual(expect.any(String));
    expect(refreshToken).toEqual(expect.any(String));
    const [row] = await stack.sql<{ password_hash: string }>('select password_hash from users."user" where id = ?', [user.id]);
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('creates a shop owner whose store is verified with the tax office, the business number encrypted and masked', async () => {
    const input = ownerInput();
    const number = (input.store as { businessNumber: string }).businessNumber;
    const result = await signUp(stack, input);
    expect(result.body.errors).toBeUndefined();
    const { user } = result.body.data.signUp;
    expect(user.store).toMatchObject({ name: '골목 카페', verificationStatus: 'VERIFIED', businessNumber: `${number.slice(0, 3)}-**-*${number.slice(6)}` });
    const [row] = await stack.sql<Record<string, string>>('select business_number_ciphertext, business_number_index from users."user" where id = ?', [user.id]);
    expect(row?.business_number_ciphertext).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(number);
  });

  it.each([
    ['a malformed e-mail', { email: 'not-an-email' }, 'email'],
    ['a phone that is not a Korean mobile number', { phone: '02-123-4567' }, 'phone'],
    ['a password shorter than 8 characters', { password: 'short' }, 'password'],
    ['a password longer than 128 characters', { password: 'x'.repeat(129) }, 'password'],
    ['a common password', { password: 'password123' }, 'password'],
    ['a one-character name', { name: '김' }, 'name'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_label, override, field) => {
    await expectRefused(customerInput(override), 'BAD_USER_INPUT', field);
  });

  it('refuses the password that equals the e-mail address', async () => {
    const email = uniqueEmail();
    await expectRefused(customerInput({ email, password: email.toUpperCase() }), 'BAD_USER_INPUT', 'password');
  });

  it('refuses an owner without a store, a customer with one, and bad store fields', async () => {
    await expectRefused({ ...ownerInput(), store: null }, 'BAD_USER_INPUT', 'store');
    await expectRefused(customerInput({ store: ownerInput().store }), 'BAD_USER_INPUT', 'store');
    await expectRefused(ownerInput({}, { name: '  ' }), 'BAD_USER_INPUT', 'store.name');
    await expectRefused(ownerInput({}, { category: '' }), 'BAD_USER_INPUT', 'store.category');
    await expectRefused(ownerInput({}, { region: 'x'.repeat(101) }), 'BAD_USER_INPUT', 'store.region');
    await expectRefused(ownerInput({}, { businessNumber: '12345' }), 'BAD_USER_INPUT', 'store.businessNumber');
    await expectRefused(ownerInput({}, { businessNumber: '120-81-47520' }), 'BAD_USER_INPUT', 'store.businessNumber');
  });

  it('does not let anyone sign up as an operator or admin (the schema has no such sign-up role)', async () => {
    const usersBefore = await countUsers(stack);
    const result = await stack.graphql({
      query: `mutation { signUp(input: { email: "${uniqueEmail()}", password: "${PASSWORD}", name: "박관리", phone: "${uniquePhone()}", role: ADMIN }) { accessToken } }`,
    });
    expect(result.body.data?.signUp ?? null).toBeNull();
    expect(firstError(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await countUsers(stack)).toBe(usersBefore);
  });

  it('checks the e-mail first, then the phone, then the rest', async () => {
    const taken = customerInput();
    expect((await signUp(stack, taken)).body.errors).toBeUndefined();
    await expectRefused(customerInput({ email: 'bad', phone: 'bad', password: 'bad' }), 'BAD_USER_INPUT', 'email');
    await expectRefused(customerInput({ email: taken.email, phone: 'bad' }), 'CONFLICT', 'email');
    await expectRefused(customerInput({ phone: 'bad', password: 'bad' }), 'BAD_USER_INPUT', 'phone');
    await expectRefused(customerInput({ phone: taken.phone, password: 'bad' }), 'CONFLICT', 'phone');
  });

  it('refuses a second account with the same e-mail, in another case, with CONFLICT', async () => {
    const first = customerInput();
    expect((await signUp(stack, first)).body.errors).toBeUndefined();
    await expectRefused(customerInput({ email: first.email.toUpperCase() }), 'CONFLICT', 'email');
  });

  it('refuses a second account with the same phone, however it is written, with CONFLICT', async () => {
    const first = customerInput({ phone: '010-5555-0001' });
    expect((await signUp(stack, first)).body.errors).toBeUndefined();
    await expectRefused(customerInput({ phone: '+82 10 5555 0001' }), 'CONFLICT', 'phone');
  });

  it('registers a business number only once', async () => {
    const number = validBusinessNumber();
    expect((await signUp(stack, ownerInput({}, { businessNumber: number }))).body.errors).toBeUndefined();
    const hyphenated = `${number.slice(0, 3)}-${number.slice(3, 5)}-${number.slice(5)}`;
    await expectRefused(ownerInput({}, { businessNumber: hyphenated }), 'CONFLICT', 'store.businessNumber');
  });

  it('lets exactly one of two concurrent sign-ups with the same e-mail win; the other gets CONFLICT', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all([signUp(stack, customerInput({ email })), signUp(stack, customerInput({ email }))]);
    const winners = results.filter((r) => !r.body.errors);
    const losers = results.filter((r) => r.body.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => firstError(r))).toEqual([expect.objectContaining({ code: 'CONFLICT', extensions: expect.objectContaining({ field: 'email' }) })]);
    const [row] = await stack.sql<{ count: string }>('select count(*)::text as count from users."user" where email = ?', [email]);
    expect(row?.count).toBe('1');
  });

  it('lets exactly one of two concurrent owner sign-ups with the same business number win', async () => {
    const number = validBusinessNumber();
    const results = await Promise.all([
      signUp(stack, ownerInput({}, { businessNumber: number })),
      signUp(stack, ownerInput({}, { businessNumber: number })),
    ]);
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.map((r) => firstError(r)).filter((e) => e.code)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', extensions: expect.objectContaining({ field: 'store.businessNumber' }) }),
    ]);
  });

  it('answers with the new user, whose private fields the caller may see before holding a token', async () => {
    const input = customerInput();
    const result = await signUp(stack, input);
    expect(result.body.data.signUp.user).toMatchObject({ email: input.email, phone: input.phone });
  });
});
