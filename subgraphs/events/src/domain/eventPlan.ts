import { PARTICIPATION_METHODS, type ParticipationMethod } from './vocabulary.ts';

/** A rule's verdict: the normalised value, or what is wrong (for BAD_USER_INPUT with the field). */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const DAY_MS = 86_400_000;

/** Limits of an event plan. Texts count code points after NFKC normalisation. */
export const PLAN_LIMITS = {
  titleChars: { min: 2, max: 60 },
  descriptionChars: 1_000,
  prizeNameChars: 60,
  prizeQuantity: 10_000,
  /** Ten million won per prize: more is a typo or not a small shop's event. */
  prizeUnitValueKrw: 10_000_000,
  /** An event runs at most 90 days. */
  maxDurationDays: 90,
  /** Winners are announced within 30 days after the end. */
  maxAnnounceDelayDays: 30,
  storeNameChars: 100,
  storeCategoryChars: 50,
  storeRegionChars: 100,
} as const;

export interface Prize {
  name: string;
  quantity: number;
  unitValueKrw: number;
}

export interface Period {
  startsAt: Date;
  endsAt: Date;
  announcesAt: Date | null;
}

/** NFKC, trimmed, inner whitespace collapsed. */
export function cleanText(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

function text(value: string, min: number, max: number, what: string): Checked<string> {
  const clean = cleanText(value);
  const length = [...clean].length;
  if (length < min) return { ok: false, message: min <= 1 ? `${what} is required.` : `${what} needs at least ${min} characters.` };
  if (length > max) return { ok: false, message: `${what} may have at most ${max} characters.` };
  return { ok: true, value: clean };
}

export const checkTitle = (value: string) => text(value, PLAN_LIMITS.titleChars.min, PLAN_LIMITS.titleChars.max, 'The title');
export const checkStoreName = (value: string) => text(value, 1, PLAN_LIMITS.storeNameChars, 'The store name');
export const checkStoreCategory = (value: string) => text(value, 1, PLAN_LIMITS.storeCategoryChars, 'The store category');
export const checkStoreRegion = (value: string) => text(value, 1, PLAN_LIMITS.storeRegionChars, 'The store region');

export function checkDescription(value: string): Checked<string> {
  const clean = value.normalize('NFKC').trim();
  if ([...clean].length > PLAN_LIMITS.descriptionChars) return { ok: false, message: `The description may have at most ${PLAN_LIMITS.descriptionChars} characters.` };
  return { ok: true, value: clean };
}

export function checkPrize(prize: Prize): Checked<Prize> {
  const name = text(prize.name, 1, PLAN_LIMITS.prizeNameChars, 'The prize name');
  if (!name.ok) return name;
  if (!Number.isInteger(prize.quantity) || prize.quantity < 1 || prize.quantity > PLAN_LIMITS.prizeQuantity) {
    return { ok: false, message: `The prize quantity must be between 1 and ${PLAN_LIMITS.prizeQuantity}.` };
  }
  if (!Number.isInteger(prize.unitValueKrw) || prize.unitValueKrw < 0 || prize.unitValueKrw > PLAN_LIMITS.prizeUnitValueKrw) {
    return { ok: false, message: `The prize value must be whole won between 0 and ${PLAN_LIMITS.prizeUnitValueKrw}.` };
  }
  return { ok: true, value: { name: name.value, quantity: prize.quantity, unitValueKrw: prize.unitValueKrw } };
}

/** A period must end after it starts and after `now`, last at most 90 days, and announce within 30 days of its end. */
export function checkPeriod(period: Period, now: Date): Checked<Period> {
  const { startsAt, endsAt, announcesAt } = period;
  if (!(endsAt.getTime() > startsAt.getTime())) return { ok: false, message: 'The period must end after it starts.' };
  if (endsAt.getTime() <= now.getTime()) return { ok: false, message: 'The period must end in the future.' };
  if (endsAt.getTime() - startsAt.getTime() > PLAN_LIMITS.maxDurationDays * DAY_MS) {
    return { ok: false, message: `An event may last at most ${PLAN_LIMITS.maxDurationDays} days.` };
  }
  if (announcesAt) {
    if (announcesAt.getTime() < endsAt.getTime()) return { ok: false, message: 'Winners are announced after the event ends.' };
    if (announcesAt.getTime() - endsAt.getTime() > PLAN_LIMITS.maxAnnounceDelayDays * DAY_MS) {
      return { ok: false, message: `Winners are announced within ${PLAN_LIMITS.maxAnnounceDelayDays} days of the end.` };
    }
  }
  return { ok: true, value: { startsAt, endsAt, announcesAt } };
}

export function isParticipationMethod(value: unknown): value is ParticipationMethod {
  return (PARTICIPATION_METHODS as readonly unknown[]).includes(value);
}

/** What an event needs before images can be made and before it can be approved. */
export function missingPlanParts(event: { title?: string | null; prizeName?: string | null; startsAt?: Date | null; participationMethod?: string | null }): string[] {
  const missing: string[] = [];
  if (!event.title) missing.push('title');
  if (!event.prizeName) missing.push('prize');
  if (!event.startsAt) missing.push('period');
  if (!event.participationMethod) missing.push('participationMethod');
  return missing;
}
