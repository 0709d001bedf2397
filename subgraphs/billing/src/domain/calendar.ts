/**
 * Billing runs on the Korean calendar: a bill's month, a settlement's day and "this month" are in KST
 * (UTC+9, no daylight saving), whatever the server's time zone. Months are `YYYY-MM`, days `YYYY-MM-DD`.
 */
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const MONTH = /^([0-9]{4})-(0[1-9]|1[0-2])$/;
const DAY = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** The KST calendar day of an instant. */
export function kstDayOf(instant: Date): string {
  return new Date(instant.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The KST month of an instant. */
export function kstMonthOf(instant: Date): string {
  return kstDayOf(instant).slice(0, 7);
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** A real calendar day (2026-02-30 is not one). */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `2026-11` moved by `months` (negative goes back). */
export function shiftMonth(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from);
}

/** Days from `from` to `to`, both included. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The instant a KST day starts. */
export function kstDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - KST_OFFSET_MS);
}

/** `2026-11` ⇄ KOS's `202611`; `20261125` → `2026-11-25`. */
export function toKosMonth(month: string): string {
  return month.replace('-', '');
}

export function fromKosMonth(kosMonth: string): string {
  return `${kosMonth.slice(0, 4)}-${kosMonth.slice(4, 6)}`;
}

export function fromKosDay(kosDay: string): string {
  return `${kosDay.slice(0, 4)}-${kosDay.slice(4, 6)}-${kosDay.slice(6, 8)}`;
}
