import { describe, expect, it } from 'vitest';
import { toEventPlans } from '../src/domain/aiPlans.ts';
import { checkPeriod, checkPrize, checkTitle, missingPlanParts } from '../src/domain/eventPlan.ts';
import { canMove } from '../src/domain/eventStatus.ts';
import { missingImages } from '../src/domain/imageFormats.ts';
import { isLastAttempt, nextRetryDelayMs, progressOf } from '../src/domain/jobAttempts.ts';
import { redatePlans } from '../src/domain/planDates.ts';
import { koreanDate, seasonAt, startOfKoreanDay } from '../src/domain/season.ts';
import { EVENT_STATUSES } from '../src/domain/vocabulary.ts';

const NOW = new Date('2026-12-02T03:00:00Z');
const plan = (overrides: Record<string, unknown> = {}) => ({
  title: '겨울맞이 이벤트', description: '설명', prize: { name: '라떼', quantity: 10, unitValueKrw: 5000 },
  period: { startDate: '2026-12-05', endDate: '2026-12-18', announceDate: '2026-12-20' }, participationMethod: 'ENTRY_FORM',
  expectedEffect: { summary: '효과', estimatedParticipants: 100, estimatedCostKrw: 50000 }, ...overrides,
});

describe('event status', () => {
  it('allows exactly the moves of the model and nothing out of ENDED or CANCELLED', () => {
    const legal = EVENT_STATUSES.flatMap((from) => EVENT_STATUSES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`));
    expect(legal.sort()).toEqual([
      'DRAFT→CANCELLED', 'DRAFT→RECOMMENDING', 'PUBLISHED→CANCELLED', 'PUBLISHED→ENDED', 'READY→CANCELLED', 'READY→PUBLISHED',
      'READY→RECOMMENDING', 'RECOMMENDING→CANCELLED', 'RECOMMENDING→DRAFT', 'RECOMMENDING→READY',
    ]);
  });
});

describe('plan rules', () => {
  it('normalise titles and bound them', () => {
    expect(checkTitle('  봄   이벤트 ')).toEqual({ ok: true, value: '봄 이벤트' });
    expect(checkTitle('봄').ok).toBe(false);
    expect(checkTitle('가'.repeat(61)).ok).toBe(false);
  });
  it('want whole, bounded prizes', () => {
    expect(checkPrize({ name: '라떼', quantity: 1, unitValueKrw: 0 }).ok).toBe(true);
    for (const bad of [{ quantity: 0 }, { quantity: 1.5 }, { unitValueKrw: -1 }, { unitValueKrw: 10_000_001 }, { name: ' ' }]) {
      expect(checkPrize({ name: '라떼', quantity: 1, unitValueKrw: 100, ...bad }).ok).toBe(false);
    }
  });
  it('want periods that end after they start, in the future, within 90 days, announced within 30 days after', () => {
    const day = 86_400_000;
    const at = (days: number) => new Date(NOW.getTime() + days * day);
    expect(checkPeriod({ startsAt: at(1), endsAt: at(10), announcesAt: at(12) }, NOW).ok).toBe(true);
    expect(checkPeriod({ startsAt: at(10), endsAt: at(1), announcesAt: null }, NOW).ok).toBe(false);
    expect(checkPeriod({ startsAt: at(-10), endsAt: at(-1), announcesAt: null }, NOW).ok).toBe(false);
    expect(checkPeriod({ startsAt: at(1), endsAt: at(92), announcesAt: null }, NOW).ok).toBe(false);
    expect(checkPeriod({ startsAt: at(1), endsAt: at(10), announcesAt: at(5) }, NOW).ok).toBe(false);
    expect(checkPeriod({ startsAt: at(1), endsAt: at(10), announcesAt: at(41) }, NOW).ok).toBe(false);
  });
  it('name what an event still lacks', () => {
    expect(missingPlanParts({ title: 'x', prizeName: null, startsAt: null, participationMethod: 'REVIEW' })).toEqual(['prize', 'period']);
  });
});

describe('AI plans', () => {
  it('become instants in Korean time: start at midnight, end exclusive the next midnight, announcement at 10:00', () => {
    const [converted] = toEventPlans([plan()], NOW);
    expect(converted!.period.startsAt.toISOString()).toBe('2026-12-04T15:00:00.000Z');
    expect(converted!.period.endsAt.toISOString()).toBe('2026-12-18T15:00:00.000Z');
    expect(converted!.period.announcesAt!.toISOString()).toBe('2026-12-20T01:00:00.000Z');
  });
  it('that break a rule are dropped, whatever the model says', () => {
    const plans = toEventPlans([plan(), plan({ participationMethod: 'TELEPATHY' }), plan({ prize: { name: 'x', quantity: -1, unitValueKrw: 1 } }), { nonsense: true }, plan({ period: { startDate: '2026-11-01', endDate: '2026-11-10' } })], NOW);
    expect(plans).toHaveLength(1);
  });
  it('from an earlier day are moved to start after today, keeping their length', () => {
    const [moved] = redatePlans([plan({ period: { startDate: '2026-11-01', endDate: '2026-11-14', announceDate: '2026-11-16' } })], '2026-12-02') as any[];
    expect(moved.period).toEqual({ startDate: '2026-12-05', endDate: '2026-12-18', announceDate: '2026-12-20' });
    const [kept] = redatePlans([plan()], '2026-12-02') as any[];
    expect(kept.period.startDate).toBe('2026-12-05');
  });
});

describe('seasons and dates', () => {
  it('follow Korean time', () => {
    expect(koreanDate(new Date('2026-02-28T15:30:00Z'))).toBe('2026-03-01');
    expect(seasonAt(new Date('2026-02-28T15:30:00Z'))).toBe('SPRING');
    expect(seasonAt(new Date('2026-07-01T00:00:00Z'))).toBe('SUMMER');
    expect(seasonAt(new Date('2026-10-01T00:00:00Z'))).toBe('AUTUMN');
    expect(seasonAt(new Date('2026-01-10T00:00:00Z'))).toBe('WINTER');
    expect(startOfKoreanDay('2026-12-05').toISOString()).toBe('2026-12-04T15:00:00.000Z');
  });
});

describe('images and jobs', () => {
  it('each channel needs its format; 링고비즈 none; TV channels share one', () => {
    expect(missingImages(['LOCAL_TV', 'GENIE_TV', 'RINGO_BIZ'], [])).toEqual(['TV_SCREEN']);
    expect(missingImages(['INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL'], ['BLOG_BANNER'])).toEqual(['INSTAGRAM_SQUARE', 'KAKAO_FEED']);
    expect(missingImages(['RINGO_BIZ'], [])).toEqual([]);
  });
  it('retries back off exponentially and the last one is known', () => {
    expect([0, 1, 2].map((n) => nextRetryDelayMs(1_000, n))).toEqual([1_000, 2_000, 4_000]);
    expect(isLastAttempt(2, 3)).toBe(false);
    expect(isLastAttempt(3, 3)).toBe(true);
    expect([progressOf(0, 6), progressOf(3, 6), progressOf(6, 6), progressOf(0, 0)]).toEqual([0, 50, 100, 100]);
  });
});
