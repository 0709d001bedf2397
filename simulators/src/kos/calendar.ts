/**
 * The KOS backend keeps its calendar in Korean time (KST, UTC+9, no daylight saving) and writes months as
 * `YYYYMM` and days as `YYYYMMDD`, as Korean carrier systems do.
 */
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** `YYYYMM` of the month `instant` falls in, in KST. */
export function kstYearMonth(instant: Date): string {
  const kst = new Date(instant.getTime() + KST_OFFSET_MS);
  return `${kst.getUTCFullYear()}${String(kst.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** `YYYYMMDD` of `instant` in KST. */
export function kstDate(instant: Date): string {
  const kst = new Date(instant.getTime() + KST_OFFSET_MS);
  return `${kstYearMonth(instant)}${String(kst.getUTCDate()).padStart(2, '0')}`;
}

export function isYearMonth(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9]{4}(0[1-9]|1[0-2])$/.test(value);
}

/** `202611` shifted by `months` (negative goes back). */
export function shiftYearMonth(yearMonth: string, months: number): string {
  const index = Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(4)) - 1 + months;
  return `${Math.floor(index / 12)}${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included, oldest first (empty when `from` is after `to`). */
export function yearMonthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = shiftYearMonth(month, 1)) months.push(month);
  return months;
}

/** Last day (`YYYYMMDD`) of a month. */
export function lastDayOf(yearMonth: string): string {
  const days = new Date(Date.UTC(Number(yearMonth.slice(0, 4)), Number(yearMonth.slice(4)), 0)).getUTCDate();
  return `${yearMonth}${String(days).padStart(2, '0')}`;
}
