import type { Json } from './fieldPath.ts';

/**
 * Date formats a mapping rule converts between. Date-only formats are read and written in the rule's time
 * zone: Korea has no daylight saving, so KST is a fixed +09:00 and no time-zone database is needed.
 */
export const DATE_FORMATS = ['ISO', 'EPOCH_MS', 'EPOCH_S', 'YYYYMMDD', 'YYYY-MM-DD', 'DD/MM/YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export const TIME_ZONES = ['UTC', 'KST'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

const OFFSET_MS: Record<TimeZone, number> = { UTC: 0, KST: 9 * 3600_000 };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fromParts(year: number, month: number, day: number, zone: TimeZone): Date | undefined {
  const utc = Date.UTC(year, month - 1, day);
  const date = new Date(utc);
  // Date.UTC rolls 2026-02-30 over into March: a date that does not exist is refused instead.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return new Date(utc - OFFSET_MS[zone]);
}

/** Reads a date in `format`; undefined when the value is not one. */
export function parseDate(value: Json | undefined, format: DateFormat, zone: TimeZone): Date | undefined {
  if (format === 'EPOCH_MS' || format === 'EPOCH_S') {
    const number = typeof value === 'string' && /^-?[0-9]+$/.test(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) return undefined;
    const date = new Date(format === 'EPOCH_S' ? number * 1000 : number);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  if (typeof value !== 'string') return undefined;
  if (format === 'ISO') {
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) return undefined;
    if (value.length === 10) return parseDate(value, 'YYYY-MM-DD', zone);
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const match = format === 'YYYYMMDD' ? /^(\d{4})(\d{2})(\d{2})$/.exec(value)
    : format === 'YYYY-MM-DD' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    : /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = format === 'DD/MM/YYYY' ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]];
  return fromParts(Number(year), Number(month), Number(day), zone);
}

/** Writes a date in `format` (date-only formats as the calendar day in `zone`). */
export function formatDate(date: Date, format: DateFormat, zone: TimeZone): Json {
  if (format === 'EPOCH_MS') return date.getTime();
  if (format === 'EPOCH_S') return Math.floor(date.getTime() / 1000);
  if (format === 'ISO') return date.toISOString();
  const local = new Date(date.getTime() + OFFSET_MS[zone]);
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  if (format === 'YYYYMMDD') return `${pad(y, 4)}${pad(m)}${pad(d)}`;
  if (format === 'YYYY-MM-DD') return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return `${pad(d)}/${pad(m)}/${pad(y, 4)}`;
}
