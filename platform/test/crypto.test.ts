import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createBlindIndex, createFieldCipher, maskBusinessNumber, maskEmail, maskName, maskPhone, redactPii,
} from '../src/index.ts';

describe('masking', () => {
  it('masks names to the first character (seed 004: 김**)', () => {
    expect(maskName('김철수')).toBe('김**');
    expect(maskName('이훈')).toBe('이**');
    expect(maskName('Jane Doe')).toBe('J*******');
  });

  it('masks phones to prefix and last four digits (010-****-1234)', () => {
    expect(maskPhone('010-9876-1234')).toBe('010-****-1234');
    expect(maskPhone('01098761234')).toBe('010-****-1234');
    expect(maskPhone('12')).toBe('***');
  });

  it('masks e-mail and business numbers', () => {
    expect(maskEmail('owner@shop.kr')).toBe('o***@shop.kr');
    expect(maskBusinessNumber('1208147521')).toBe('120-**-*7521');
  });
});

describe('field encryption', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);

  it('round-trips and produces a different ciphertext each time', () => {
    const cipher = createFieldCipher(new Map([['k1', k1]]), 'k1');
    const a = cipher.encrypt('1208147521', 'users.business_number');
    const b = cipher.encrypt('1208147521', 'users.business_number');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1:k1:/);
    expect(cipher.decrypt(a, 'users.business_number')).toBe('1208147521');
  });

  it('refuses a ciphertext moved to another purpose or tampered with', () => {
    const cipher = createFieldCipher(new Map([['k1', k1]]), 'k1');
    const value = cipher.encrypt('secret', 'users.business_number');
    expect(() => cipher.decrypt(value, 'users.phone')).toThrow();
    const tampered = value.slice(0, -4) + (value.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => cipher.decrypt(tampered, 'users.business_number')).toThrow();
  });

  it('decrypts data written under an old key after rotation and flags it for re-encryption', () => {
    const old = createFieldCipher(new Map([['k1', k1]]), 'k1').encrypt('data', 'p');
    const rotated = createFieldCipher(new Map([['k2', k2], ['k1', k1]]), 'k2');
    expect(rotated.decrypt(old, 'p')).toBe('data');
    expect(rotated.needsRotation(old)).toBe(true);
    expect(rotated.needsRotation(rotated.encrypt('data', 'p'))).toBe(false);
  });
});

describe('blind index', () => {
  it('gives equal tokens for equal values and unrelated tokens across purposes and keys', () => {
    const index = createBlindIndex(randomBytes(32));
    expect(index('bn', '1208147521')).toBe(index('bn', '1208147521'));
    expect(index('bn', '1208147521')).not.toBe(index('phone', '1208147521'));
    expect(createBlindIndex(randomBytes(32))('bn', '1208147521')).not.toBe(index('bn', '1208147521'));
  });
});

describe('log redaction', () => {
  it('removes secrets and masks personal data at any depth', () => {
    const out = redactPii({
      msg: 'x',
      input: { email: 'owner@shop.kr', password: 'hunter22', profile: { phone: '01012345678', name: '김철수' } },
      headers: { authorization: 'Bearer abc' },
      list: [{ refreshToken: 't' }],
    }) as Record<string, any>;
    expect(out.input.email).toBe('o***@shop.kr');
    expect(out.input.password).toBe('[REDACTED]');
    expect(out.input.profile).toEqual({ phone: '010-****-5678', name: '김**' });
    expect(out.headers.authorization).toBe('[REDACTED]');
    expect(out.list[0].refreshToken).toBe('[REDACTED]');
    expect(JSON.stringify(out)).not.toContain('hunter22');
  });
});

describe('log redaction of errors', () => {
  it('keeps a serialized error class name but still masks personal data inside the error', () => {
    const out = redactPii({ err: { type: 'TypeError', name: 'TypeError', message: 'boom', email: 'owner@shop.kr' } }) as Record<string, any>;
    expect(out.err).toMatchObject({ type: 'TypeError', name: 'TypeError', message: 'boom', email: 'o***@shop.kr' });
  });
});
