import { describe, expect, it } from 'vitest';
import { checkEmail, EMAIL_MAX_LENGTH, normaliseEmail } from '../src/domain/email.ts';

describe('e-mail normalisation', () => {
  it('trims and lower-cases, so differently typed addresses are one account', () => {
    expect(normaliseEmail('  Kim.MinJi@Example.KR ')).toBe('kim.minji@example.kr');
  });

  it('folds full-width characters typed on Korean keyboards (NFKC)', () => {
    expect(normaliseEmail('ｋｉｍ＠ｅｘａｍｐｌｅ．ｋｒ')).toBe('kim@example.kr');
  });

  it('accepts ordinary addresses, plus tags and subdomains', () => {
    for (const email of ['a@b.kr', 'kim+events@mail.example.co.kr', "o'brien@example.com"]) {
      expect(checkEmail(email), email).toEqual({ ok: true, value: email.toLowerCase() });
    }
  });

  it('refuses malformed addresses', () => {
    for (const bad of ['', 'kim', 'kim@', '@example.kr', 'kim@example', 'kim@@example.kr', 'kim example@x.kr', '.kim@example.kr', 'kim..lee@example.kr', 'kim@-example.kr']) {
      expect(checkEmail(bad).ok, bad).toBe(false);
    }
  });

  it('refuses addresses longer than SMTP allows', () => {
    const local = 'a'.repeat(64);
    const long = `${local}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.kr`;
    expect(long.length).toBeGreaterThan(EMAIL_MAX_LENGTH);
    expect(checkEmail(long).ok).toBe(false);
    expect(checkEmail(`${'a'.repeat(65)}@example.kr`).ok).toBe(false);
  });
});
