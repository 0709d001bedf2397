import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, KrwScalar } from '../src/index.ts';

describe('shared scalars', () => {
  it('DateTime writes UTC ISO 8601 and refuses what is not a date-time', () => {
    expect(DateTimeScalar.serialize(new Date('2026-11-01T09:00:00+09:00'))).toBe('2026-11-01T00:00:00.000Z');
    expect(DateTimeScalar.parseValue('2026-11-01T00:00:00Z')).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(() => DateTimeScalar.parseValue('yesterday')).toThrow(/ISO 8601/);
    expect(() => DateTimeScalar.serialize('not a date')).toThrow();
  });

  it('Krw carries whole won beyond 32 bits and refuses fractions, strings and unsafe integers', () => {
    expect(KrwScalar.serialize(3_000_000_000)).toBe(3_000_000_000);
    expect(KrwScalar.serialize('45600')).toBe(45_600);
    expect(KrwScalar.parseValue(10_000)).toBe(10_000);
    expect(KrwScalar.parseLiteral({ kind: Kind.INT, value: '2500000000' }, {})).toBe(2_500_000_000);
    for (const bad of [10.5, '10000', 2 ** 53, null]) expect(() => KrwScalar.parseValue(bad)).toThrow(/whole won/);
    expect(() => KrwScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' }, {})).toThrow(/whole won/);
    expect(() => KrwScalar.serialize(1.5)).toThrow();
  });
});
