/**
 * The performance formulas of the dashboard (docs/decisions/analytics-roi.md), pure so they are tested alone.
 *
 * - conversion = participants / reach (null without reach: a rate over nothing is not zero);
 * - cost = prize cost (quantity × unit value) + distribution cost (what the channels charged);
 * - estimated value = participants × value per participant + store visits × value per store visit;
 * - ROI = (estimated value − cost) / cost (null when nothing was spent).
 */
export interface ValueSettings {
  valuePerParticipantKrw: number;
  valuePerStoreVisitKrw: number;
}

export function conversionRate(participants: number, reach: number | null): number | null {
  if (!reach || reach <= 0) return null;
  return round4(participants / reach);
}

export function estimatedValueKrw(participants: number, storeVisits: number, settings: ValueSettings): number {
  return participants * settings.valuePerParticipantKrw + storeVisits * settings.valuePerStoreVisitKrw;
}

export function returnOnInvestment(valueKrw: number, costKrw: number): number | null {
  if (costKrw <= 0) return null;
  return round4((valueKrw - costKrw) / costKrw);
}

export function costPerParticipantKrw(costKrw: number, participants: number): number | null {
  return participants > 0 ? Math.round(costKrw / participants) : null;
}

/** Rates are shown to four decimals (0.0123 = 1.23%): more is noise at these counts. */
function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

const HOUR_MS = 3_600_000;
/** Korea Standard Time has no daylight saving: days start at 15:00 UTC. */
const KST_OFFSET_MS = 9 * HOUR_MS;
const DAY_MS = 24 * HOUR_MS;

/** The UTC start of the hour an instant falls in. */
export function hourStart(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / HOUR_MS) * HOUR_MS);
}

/** The instant a Korean calendar day starts, for the day an instant falls in. */
export function koreanDayStart(instant: Date): Date {
  return new Date(Math.floor((instant.getTime() + KST_OFFSET_MS) / DAY_MS) * DAY_MS - KST_OFFSET_MS);
}

/** Hour buckets summed into Korean days, oldest first. */
export function sumByKoreanDay(hours: readonly { start: Date; participants: number }[]): { start: Date; participants: number }[] {
  const days = new Map<number, number>();
  for (const hour of hours) {
    const day = koreanDayStart(hour.start).getTime();
    days.set(day, (days.get(day) ?? 0) + hour.participants);
  }
  return [...days].sort(([a], [b]) => a - b).map(([start, participants]) => ({ start: new Date(start), participants }));
}
