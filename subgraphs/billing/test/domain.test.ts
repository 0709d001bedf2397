import { describe, expect, it } from 'vitest';
import { billMonthProblem, recentMonths } from '../src/domain/billingMonth.ts';
import { daysInclusive, isDay, kstDayOf, kstDayStart, kstMonthOf, monthsBetween, shiftMonth } from '../src/domain/calendar.ts';
import { acceptsPayments, laterStage } from '../src/domain/eventStage.ts';
import { idempotencyKeyProblem } from '../src/domain/idempotencyKey.ts';
import { maskLineNumber, normaliseLineNumber } from '../src/domain/lineNumber.ts';
import { refundableKrw, statusAfterRefunds } from '../src/domain/payment.ts';
import { precheckProductChange, type PrecheckFacts } from '../src/domain/precheck.ts';
import type { Product, Subscription } from '../src/domain/product.ts';
import { settlementPeriodProblem } from '../src/domain/settlementPeriod.ts';

describe('the Korean calendar', () => {
  it('puts instants on KST days and months, whatever the server\'s zone', () => {
    expect(kstDayOf(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11-30');
    expect(kstDayOf(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12-01');
    expect(kstMonthOf(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01');
    expect(kstDayStart('2026-12-01').toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('counts months and days across year ends and knows real days', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', 14)).toBe('2028-01');
    expect(monthsBetween('2025-12', '2026-02')).toBe(2);
    expect(daysInclusive('2026-02-27', '2026-03-01')).toBe(3);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
  });
});

describe('bill months', () => {
  const now = new Date('2026-11-15T03:00:00Z');
  it('accept the current month and the 23 before it, and nothing else', () => {
    expect(billMonthProblem('2026-11', now)).toBeNull();
    expect(billMonthProblem('2024-12', now)).toBeNull();
    expect(billMonthProblem('2024-11', now)).toMatch(/24 months/);
    expect(billMonthProblem('2026-12', now)).toMatch(/no bill for 2026-12 yet/);
    expect(billMonthProblem('2026-1', now)).toMatch(/YYYY-MM/);
  });

  it('cover the last n months ending with the current one', () => {
    expect(recentMonths(3, now)).toEqual({ from: '2026-09', to: '2026-11' });
  });
});

describe('line numbers', () => {
  it('are 010 numbers in one spelling, and masked for everyone else', () => {
    for (const raw of ['010-1234-5678', '01012345678', '+82 10-1234-5678', '+82 010 1234 5678', '０１０１２３４５６７８']) expect(normaliseLineNumber(raw), raw).toBe('01012345678');
    for (const raw of ['011-123-4567', '02-1234-5678', '0101234567', 'phone']) expect(normaliseLineNumber(raw), raw).toBeNull();
    expect(maskLineNumber('01012345678')).toBe('010-****-5678');
  });
});

describe('idempotency keys', () => {
  it('have 8 to 100 safe characters', () => {
    expect(idempotencyKeyProblem('0b7c8e4e-1d2f-4c47-9a55-b1f1f0a3f111')).toBeNull();
    expect(idempotencyKeyProblem('order:2026.11-01_a')).toBeNull();
    expect(idempotencyKeyProblem('short')).toMatch(/8 to 100/);
    expect(idempotencyKeyProblem('x'.repeat(101))).toMatch(/8 to 100/);
    expect(idempotencyKeyProblem('has spaces in it')).toMatch(/letters, digits/);
  });
});

const product = (code: string, monthlyFeeKrw: number, fields: Partial<Product> = {}): Product => ({
  code, name: code, monthlyFeeKrw, dataMb: 1024, voiceMinutes: null, smsCount: null, network: 'LTE', onSale: true, ...fields,
});
const subscription = (fields: Partial<Subscription> = {}): Subscription => ({
  subscriberId: 'SC1', status: 'ACTIVE', productCode: 'MID', productSince: '2025-01', deviceNetwork: 'FIVE_G', contractEndsOn: null, overdueKrw: 0, openedOn: '2024-01-01', ...fields,
});
const facts = (fields: Partial<PrecheckFacts> = {}): PrecheckFacts => ({
  subscription: subscription(), current: product('MID', 30_000), target: product('HIGH', 50_000), changeInProgress: false, today: '2026-11-15', ...fields,
});
const codes = (input: PrecheckFacts) => precheckProductChange(input).map((reason) => reason.code);

describe('the plan-change pre-check', () => {
  it('allows an upgrade of an active, paid-up line', () => {
    expect(precheckProductChange(facts())).toEqual([]);
  });

  it('names each rule a change breaks', () => {
    expect(codes(facts({ subscription: subscription({ status: 'SUSPENDED' }) }))).toEqual(['LINE_NOT_ACTIVE']);
    expect(codes(facts({ changeInProgress: true }))).toEqual(['CHANGE_IN_PROGRESS']);
    expect(codes(facts({ subscription: subscription({ overdueKrw: 1 }) }))).toEqual(['OVERDUE_BALANCE']);
    expect(codes(facts({ target: product('MID', 30_000) }))).toEqual(['SAME_PRODUCT']);
    expect(codes(facts({ target: undefined }))).toEqual(['PRODUCT_UNAVAILABLE']);
    expect(codes(facts({ target: product('OLD', 10_000, { onSale: false }) }))).toEqual(['PRODUCT_UNAVAILABLE']);
    expect(codes(facts({ target: product('5G', 50_000, { network: 'FIVE_G' }), subscription: subscription({ deviceNetwork: 'LTE' }) }))).toEqual(['DEVICE_NOT_SUPPORTED']);
  });

  it('restricts downgrades, not upgrades or equal fees, until the contract\'s last day', () => {
    const contract = subscription({ contractEndsOn: '2026-11-15' });
    expect(codes(facts({ subscription: contract, target: product('LOW', 20_000) }))).toEqual(['CONTRACT_RESTRICTION']);
    expect(codes(facts({ subscription: contract, target: product('SAME_FEE', 30_000) }))).toEqual([]);
    expect(codes(facts({ subscription: contract, target: product('HIGH', 50_000) }))).toEqual([]);
    expect(codes(facts({ subscription: contract, target: product('LOW', 20_000), today: '2026-11-16' }))).toEqual([]);
  });

  it('reports every problem together, with a message for each', () => {
    const reasons = precheckProductChange(facts({ subscription: subscription({ status: 'SUSPENDED', overdueKrw: 45_600 }), changeInProgress: true }));
    expect(reasons.map((reason) => reason.code)).toEqual(['LINE_NOT_ACTIVE', 'CHANGE_IN_PROGRESS', 'OVERDUE_BALANCE']);
    expect(reasons[2]!.message).toContain('45,600 won');
  });
});

describe('payments', () => {
  it('can refund what was paid less what is refunded or being refunded, and only when money was taken', () => {
    expect(refundableKrw({ status: 'APPROVED', amountKrw: 30_000, refundedKrw: 0, refundingKrw: 0 })).toBe(30_000);
    expect(refundableKrw({ status: 'PARTIALLY_REFUNDED', amountKrw: 30_000, refundedKrw: 10_000, refundingKrw: 5_000 })).toBe(15_000);
    expect(refundableKrw({ status: 'DECLINED', amountKrw: 30_000, refundedKrw: 0, refundingKrw: 0 })).toBe(0);
    expect(refundableKrw({ status: 'REFUNDED', amountKrw: 30_000, refundedKrw: 30_000, refundingKrw: 0 })).toBe(0);
  });

  it('are partially refunded until every won is back', () => {
    expect(statusAfterRefunds(30_000, 0)).toBe('APPROVED');
    expect(statusAfterRefunds(30_000, 29_999)).toBe('PARTIALLY_REFUNDED');
    expect(statusAfterRefunds(30_000, 30_000)).toBe('REFUNDED');
  });
});

describe('event stages', () => {
  it('only move forward, so late or repeated events change nothing', () => {
    expect(laterStage('CREATED', 'PUBLISHED')).toBe('PUBLISHED');
    expect(laterStage('PUBLISHED', 'CREATED')).toBe('PUBLISHED');
    expect(laterStage('CANCELLED', 'PUBLISHED')).toBe('CANCELLED');
    expect(laterStage('ENDED', 'CANCELLED')).toBe('ENDED');
    expect([acceptsPayments('CREATED'), acceptsPayments('PUBLISHED'), acceptsPayments('ENDED'), acceptsPayments('CANCELLED')]).toEqual([true, true, false, false]);
  });
});

describe('settlement periods', () => {
  it('are whole days, in order, at most the maximum', () => {
    expect(settlementPeriodProblem('2026-11-01', '2026-11-30', 92)).toBeNull();
    expect(settlementPeriodProblem('2026-01-01', '2026-04-02', 92)).toBeNull();
    expect(settlementPeriodProblem('2026-11-31', '2026-12-01', 92)).toMatchObject({ field: 'from' });
    expect(settlementPeriodProblem('2026-11-02', '2026-11-01', 92)).toMatchObject({ field: 'to' });
    expect(settlementPeriodProblem('2026-01-01', '2026-04-03', 92)).toMatchObject({ field: 'to', message: expect.stringContaining('92 days') });
  });
});
