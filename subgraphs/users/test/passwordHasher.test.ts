import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../src/services/passwordHasher.ts';

const OWASP = { memoryKib: 19_456, iterations: 2, parallelism: 1 };

describe('password hashing', () => {
  it('hashes with argon2id and the OWASP parameters, salted', async () => {
    const hasher = await createPasswordHasher(OWASP);
    const first = await hasher.hash('correct horse battery staple');
    const second = await hasher.hash('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password only, and never throws on a malformed stored hash', async () => {
    const hasher = await createPasswordHasher(OWASP);
    const stored = await hasher.hash('correct horse battery staple');
    expect(await hasher.verify(stored, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(stored, 'Correct horse battery staple')).toBe(false);
    expect(await hasher.verify('not a hash', 'anything')).toBe(false);
  });

  it('spends a verification on unknown accounts and always says no', async () => {
    const hasher = await createPasswordHasher(OWASP);
    expect(await hasher.verifyNothing('correct horse battery staple')).toBe(false);
  });

  it('asks for a re-hash when the parameters changed since the hash was made', async () => {
    const old = await createPasswordHasher({ ...OWASP, memoryKib: 8_192 });
    const current = await createPasswordHasher(OWASP);
    expect(current.needsRehash(await old.hash('correct horse battery staple'))).toBe(true);
    expect(current.needsRehash(await current.hash('correct horse battery staple'))).toBe(false);
  });
});
