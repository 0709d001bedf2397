import { describe, expect, it } from 'vitest';
import { checkPassword, normalisePassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../src/domain/passwordPolicy.ts';

const account = { email: 'kim.minji@example.kr' };

describe('password policy', () => {
  it('accepts 8 to 128 characters without composition rules', () => {
    expect(checkPassword('a'.repeat(3) + 'bcdefgh', account).ok).toBe(true);
    expect(checkPassword('correct horse battery staple', account).ok).toBe(true);
    expect(checkPassword('x'.repeat(PASSWORD_MAX_LENGTH), account).ok).toBe(true);
    expect(checkPassword('유니코드비밀번호입니다', account).ok).toBe(true);
  });

  it('refuses passwords shorter than 8 characters', () => {
    expect(checkPassword('x'.repeat(PASSWORD_MIN_LENGTH - 1), account)).toMatchObject({ ok: false, reason: expect.stringMatching(/at least 8/) });
  });

  it('refuses passwords longer than 128 characters instead of truncating them', () => {
    expect(checkPassword('x'.repeat(PASSWORD_MAX_LENGTH + 1), account)).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 128/) });
  });

  it('counts characters, not UTF-16 units (an emoji is one character)', () => {
    expect(checkPassword('😀'.repeat(PASSWORD_MAX_LENGTH), account).ok).toBe(true);
    expect(checkPassword('😀'.repeat(7), account).ok).toBe(false);
  });

  it('refuses the account e-mail address, in any case, and its local part', () => {
    expect(checkPassword('Kim.Minji@Example.kr', account)).toMatchObject({ ok: false, reason: expect.stringMatching(/e-mail/) });
    expect(checkPassword('kim.minji', account).ok).toBe(false);
  });

  it('refuses common passwords whatever their case', () => {
    for (const common of ['password', 'Password1', '12345678', 'qwer1234', '1q2w3e4r']) {
      expect(checkPassword(common, account), common).toMatchObject({ ok: false, reason: expect.stringMatching(/common/) });
    }
  });

  it('normalises to NFKC so the same password typed two ways verifies the same', () => {
    expect(normalisePassword('ｐａｓｓ１２３４５')).toBe('pass12345');
    const decomposed = '한글비밀번호'.normalize('NFD');
    expect(normalisePassword(decomposed)).toBe('한글비밀번호');
  });
});
