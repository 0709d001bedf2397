/** Korea's seasons as the AI is told them: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb. */
export const SEASONS = ['SPRING', 'SUMMER', 'AUTUMN', 'WINTER'] as const;
export type Season = (typeof SEASONS)[number];

/** Korea Standard Time is UTC+9 all year (no daylight saving). */
export const KST_OFFSET_MS = 9 * 3_600_000;

/** The calendar date in Korea (YYYY-MM-DD) at an instant. */
export function koreanDate(at: Date): string {
  return new Date(at.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}

export function seasonAt(at: Date): Season {
  const month = new Date(at.getTime() + KST_OFFSET_MS).getUTCMonth() + 1;
  if (month >= 3 && month <= 5) return 'SPRING';
  if (month >= 6 && month <= 8) return 'SUMMER';
  if (month >= 9 && month <= 11) return 'AUTUMN';
  return 'WINTER';
}

/** Midnight at the start of a Korean calendar date, as an instant. */
export function startOfKoreanDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - KST_OFFSET_MS);
}
