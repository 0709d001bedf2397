import { describe, expect, it } from 'vitest';
import { conversionRate, costPerParticipantKrw, estimatedValueKrw, hourStart, koreanDayStart, returnOnInvestment, sumByKoreanDay } from '../src/domain/performance.ts';
import { advanceStatus } from '../src/domain/summaryStatus.ts';

describe('performance formulas', () => {
  it('conversion is participants over reach, null without reach', () => {
    expect(conversionRate(3, 1_000)).toBe(0.003);
    expect(conversionRate(2, 3)).toBe(0.6667);
    expect(conversionRate(5, 0)).toBeNull();
    expect(conversionRate(5, null)).toBeNull();
  });

  it('ROI is (estimated value − cost) / cost, null when nothing was spent', () => {
    const value = estimatedValueKrw(10, 2, { valuePerParticipantKrw: 3_000, valuePerStoreVisitKrw: 12_000 });
    expect(value).toBe(54_000);
    expect(returnOnInvestment(value, 45_000)).toBe(0.2);
    expect(returnOnInvestment(value, 0)).toBeNull();
    expect(returnOnInvestment(0, 10_000)).toBe(-1);
    expect(costPerParticipantKrw(45_000, 4)).toBe(11_250);
    expect(costPerParticipantKrw(45_000, 0)).toBeNull();
  });

  it('hours are UTC hour starts; days are Korean calendar days (UTC+9, no daylight saving)', () => {
    expect(hourStart(new Date('2026-11-30T14:59:59.999Z')).toISOString()).toBe('2026-11-30T14:00:00.000Z');
    expect(koreanDayStart(new Date('2026-11-30T14:59:59.999Z')).toISOString()).toBe('2026-11-29T15:00:00.000Z');
    expect(koreanDayStart(new Date('2026-11-30T15:00:00.000Z')).toISOString()).toBe('2026-11-30T15:00:00.000Z');
    const days = sumByKoreanDay([
      { start: new Date('2026-11-30T16:00:00.000Z'), participants: 1 },
      { start: new Date('2026-11-30T14:00:00.000Z'), participants: 2 },
      { start: new Date('2026-11-30T03:00:00.000Z'), participants: 4 },
    ]);
    expect(days.map((d) => [d.start.toISOString(), d.participants])).toEqual([['2026-11-29T15:00:00.000Z', 6], ['2026-11-30T15:00:00.000Z', 1]]);
  });
});

describe('event status from events in any order', () => {
  it('moves only forward, and the first terminal status stands', () => {
    expect(advanceStatus('UNKNOWN', 'DRAFT')).toBe('DRAFT');
    expect(advanceStatus('PUBLISHED', 'DRAFT')).toBe('PUBLISHED');
    expect(advanceStatus('ENDED', 'PUBLISHED')).toBe('ENDED');
    expect(advanceStatus('CANCELLED', 'ENDED')).toBe('CANCELLED');
    expect(advanceStatus('DRAFT', 'CANCELLED')).toBe('CANCELLED');
  });
});
