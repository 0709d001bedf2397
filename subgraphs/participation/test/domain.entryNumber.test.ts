import { describe, expect, it } from 'vitest';
import { dammCheckDigit, formatEntryNumber, parseEntryNumber } from '../src/domain/entryNumber.ts';

describe('entry numbers', () => {
  it('are the sequence padded to four digits with a Damm check digit', () => {
    expect(dammCheckDigit('572')).toBe(4); // the textbook example: 5724 is valid
    expect(formatEntryNumber(1)).toBe(`0001-${dammCheckDigit('0001')}`);
    expect(formatEntryNumber(42)).toMatch(/^0042-\d$/);
    expect(formatEntryNumber(12_345)).toMatch(/^12345-\d$/);
  });

  it('read back to their sequence, with or without the hyphen and spaces', () => {
    for (const sequence of [1, 7, 42, 999, 9_999, 10_000, 123_456]) {
      const number = formatEntryNumber(sequence);
      expect(parseEntryNumber(number)).toBe(sequence);
      expect(parseEntryNumber(number.replace('-', ' '))).toBe(sequence);
    }
  });

  it('catch every single-digit error and every swap of adjacent digits', () => {
    for (let sequence = 1; sequence <= 2_000; sequence += 37) {
      const number = formatEntryNumber(sequence).replace('-', '');
      for (let position = 0; position < number.length; position++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === number[position]) continue;
          const misheard = number.slice(0, position) + digit + number.slice(position + 1);
          expect(parseEntryNumber(misheard), misheard).toBeNull();
        }
        if (position + 1 < number.length && number[position] !== number[position + 1]) {
          const swapped = number.slice(0, position) + number[position + 1] + number[position] + number.slice(position + 2);
          expect(parseEntryNumber(swapped), swapped).toBeNull();
        }
      }
    }
  });

  it('refuse malformed text and sequence zero', () => {
    for (const bad of ['', 'abcd-1', '001-2', '0000-0', '0042-', '0042-77']) expect(parseEntryNumber(bad), bad).toBeNull();
    expect(() => formatEntryNumber(0)).toThrow(RangeError);
    expect(() => formatEntryNumber(1.5)).toThrow(RangeError);
  });
});
