import { describe, expect, it } from 'vitest';
import { checkDigitOf, hasValidChecksum, isBusinessNumberFormat, withCheckDigit } from '../src/index.ts';

describe('business registration number checksum', () => {
  it('accepts known valid numbers', () => {
    for (const number of ['1208147521', '2208162517', '1018100340', '1234567891', '0000000000']) {
      expect(hasValidChecksum(number), number).toBe(true);
    }
  });

  it('rejects a number whose check digit is off by any amount', () => {
    for (let digit = 0; digit <= 9; digit++) {
      const number = `120814752${digit}`;
      expect(hasValidChecksum(number), number).toBe(digit === 1);
    }
  });

  it('counts the tens of the ninth digit times five (the rule that differs from a plain weighted sum)', () => {
    // Ninth digit 2: 2*5 = 10 adds 1. Without that term the check digit of 120814752 would be 2, not 1.
    expect(checkDigitOf('120814752')).toBe(1);
    // Ninth digit 9: 9*5 = 45 adds 4, so 45 + 4 = 49 gives 1 (a plain weighted sum would give 5).
    expect(checkDigitOf('000000009')).toBe(1);
    expect(checkDigitOf('220816251')).toBe(7);
  });

  it('rejects anything that is not exactly ten digits', () => {
    for (const value of ['', '120814752', '12081475211', '120-81-47521', '12081475２1', ' 1208147521']) {
      expect(isBusinessNumberFormat(value), value).toBe(false);
      expect(hasValidChecksum(value), value).toBe(false);
    }
  });

  it('completes a stem into a valid number', () => {
    expect(withCheckDigit('220816251')).toBe('2208162517');
    for (const stem of ['000000001', '555555555', '987654321', '104815537']) {
      expect(hasValidChecksum(withCheckDigit(stem))).toBe(true);
    }
    expect(() => checkDigitOf('12345')).toThrow();
  });
});
