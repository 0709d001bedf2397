import { describe, expect, it } from 'vitest';
import { businessNumberCheckDigit, hasValidBusinessNumberChecksum, parseBusinessNumber } from '../src/domain/businessNumber.ts';

describe('business registration number checksum', () => {
  it('computes the check digit with weights 1,3,7,1,3,7,1,3,5 plus floor(d9*5/10)', () => {
    // 120-81-4752: 1+6+0+8+3+28+7+15+10 = 78, plus floor(2*5/10) = 1 → 79; (10 - 9) % 10 = 1
    expect(businessNumberCheckDigit('120814752')).toBe(1);
    expect(businessNumberCheckDigit('220816251')).toBe(7);
  });

  it('counts the tens digit of the ninth digit times five', () => {
    // Stems that differ only in the ninth digit: 5*d9 carries a tens digit from d9 = 2 upwards.
    const withoutCarry = businessNumberCheckDigit('000000001'); // sum 5 + 0 → 5
    const withCarry = businessNumberCheckDigit('000000002'); // sum 10 + 1 → 11
    expect(withoutCarry).toBe(5);
    expect(withCarry).toBe(9);
  });

  it('accepts numbers whose last digit is the check digit and rejects the rest', () => {
    expect(hasValidBusinessNumberChecksum('1208147521')).toBe(true);
    expect(hasValidBusinessNumberChecksum('2208162517')).toBe(true);
    expect(hasValidBusinessNumberChecksum('1208147520')).toBe(false);
    expect(hasValidBusinessNumberChecksum('1234567890')).toBe(false);
  });

  it('parses hyphenated and plain forms into ten digits', () => {
    expect(parseBusinessNumber('120-81-47521')).toEqual({ ok: true, value: '1208147521' });
    expect(parseBusinessNumber(' 1208147521 ')).toEqual({ ok: true, value: '1208147521' });
  });

  it('refuses wrong lengths, letters and bad checksums with a reason', () => {
    for (const bad of ['', '120814752', '12081475210', '12O8147521', '120-81-4752a']) {
      const result = parseBusinessNumber(bad);
      expect(result.ok, bad).toBe(false);
    }
    const typo = parseBusinessNumber('120-81-47520');
    expect(typo).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid/) });
  });
});
