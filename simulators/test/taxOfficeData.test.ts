import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CLOSED_END_DATE,
  DEMO_ACTIVE_NUMBERS,
  DEMO_BUSINESS_NUMBERS,
  DEMO_CLOSED_NUMBERS,
  DEMO_SUSPENDED_NUMBERS,
  DEMO_UNREGISTERED_NUMBERS,
  TaxOfficeState,
  defaultStatusOf,
  hasValidChecksum,
} from '../src/index.ts';

describe('tax office default data', () => {
  it('keeps the demo numbers documented in the README', () => {
    expect(DEMO_ACTIVE_NUMBERS).toEqual(['1208147521', '2208162517']);
    expect(DEMO_SUSPENDED_NUMBERS).toEqual(['9990200010', '9990200024', '9990200039']);
    expect(DEMO_CLOSED_NUMBERS).toEqual(['9990300017', '9990300021', '9990300036']);
    expect(DEMO_UNREGISTERED_NUMBERS).toEqual(['1208147520', '1234567890']);
    expect(DEMO_BUSINESS_NUMBERS).toEqual({
      active: '1208147521',
      suspended: '9990200010',
      closed: '9990300017',
      unregistered: '1208147520',
    });
  });

  it('gives demo numbers valid checksums except the unregistered ones', () => {
    for (const number of [...DEMO_ACTIVE_NUMBERS, ...DEMO_SUSPENDED_NUMBERS, ...DEMO_CLOSED_NUMBERS]) {
      expect(hasValidChecksum(number), number).toBe(true);
    }
    for (const number of DEMO_UNREGISTERED_NUMBERS) expect(hasValidChecksum(number), number).toBe(false);
  });

  it('applies the default rule: demo status, else valid checksum = ACTIVE, else UNREGISTERED', () => {
    for (const number of DEMO_ACTIVE_NUMBERS) expect(defaultStatusOf(number)).toBe('ACTIVE');
    for (const number of DEMO_SUSPENDED_NUMBERS) expect(defaultStatusOf(number)).toBe('SUSPENDED');
    for (const number of DEMO_CLOSED_NUMBERS) expect(defaultStatusOf(number)).toBe('CLOSED');
    for (const number of DEMO_UNREGISTERED_NUMBERS) expect(defaultStatusOf(number)).toBe('UNREGISTERED');
  });

  it('lets state override the rule until reset', () => {
    const state = new TaxOfficeState();
    state.setStatus(DEMO_BUSINESS_NUMBERS.active, 'CLOSED', { endDate: '20250301' });
    state.setStatus(DEMO_BUSINESS_NUMBERS.unregistered, 'ACTIVE');
    expect(state.lookup(DEMO_BUSINESS_NUMBERS.active)).toEqual({ status: 'CLOSED', endDate: '20250301' });
    expect(state.lookup(DEMO_BUSINESS_NUMBERS.unregistered)).toEqual({ status: 'ACTIVE', endDate: '' });
    state.reset();
    expect(state.lookup(DEMO_BUSINESS_NUMBERS.active).status).toBe('ACTIVE');
    expect(state.lookup(DEMO_BUSINESS_NUMBERS.closed)).toEqual({ status: 'CLOSED', endDate: DEFAULT_CLOSED_END_DATE });
  });

  it('refuses malformed numbers and dates', () => {
    const state = new TaxOfficeState();
    expect(() => state.setStatus('123', 'ACTIVE')).toThrow(TypeError);
    expect(() => state.setStatus(DEMO_BUSINESS_NUMBERS.active, 'CLOSED', { endDate: '2025-03-01' })).toThrow(TypeError);
  });
});
