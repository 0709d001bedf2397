import { describe, expect, it } from 'vitest';
import { checkEntry } from '../src/domain/entry.ts';
import { applyEnded, applyPublished, entryClosedReason, type PublishedFacts } from '../src/domain/eventFacts.ts';

const valid = { name: ' 김철수 ', phone: '010-1234-5678', entryPath: 'INSTAGRAM' as const, consent: true };

describe('an entry’s own fields', () => {
  it('are tidied: name trimmed, phone as digits, store visit false unless said', () => {
    expect(checkEntry(valid)).toEqual({ ok: true, value: { name: '김철수', phone: '01012345678', entryPath: 'INSTAGRAM', storeVisited: false } });
    expect(checkEntry({ ...valid, storeVisited: true })).toMatchObject({ ok: true, value: { storeVisited: true } });
  });

  it('are checked in the form’s order: name, phone, consent', () => {
    expect(checkEntry({ ...valid, name: '김', phone: 'x', consent: false })).toMatchObject({ ok: false, field: 'name' });
    expect(checkEntry({ ...valid, phone: '02-123-4567', consent: false })).toMatchObject({ ok: false, field: 'phone' });
    expect(checkEntry({ ...valid, consent: false })).toMatchObject({ ok: false, field: 'consent' });
  });
});

const published = (overrides: Partial<PublishedFacts> = {}): PublishedFacts => ({
  ownerId: 'owner',
  title: '가을 이벤트',
  prizeName: '커피 쿠폰',
  channels: ['INSTAGRAM', 'LOCAL_TV'],
  startsAt: new Date('2025-10-01T00:00:00Z'),
  endsAt: new Date('2025-10-31T00:00:00Z'),
  announcesAt: new Date('2025-11-05T00:00:00Z'),
  occurredAt: new Date('2025-09-30T00:00:00Z'),
  ...overrides,
});

describe('event facts from domain events', () => {
  it('an ended or cancelled event stays so, whichever of the two events arrives first', () => {
    const ended = { ownerId: 'owner', outcome: 'CANCELLED' as const, endedAt: new Date('2025-10-10T00:00:00Z') };
    const publishedThenEnded = applyEnded(applyPublished(null, published()), ended);
    const endedThenPublished = applyPublished(applyEnded(null, ended), published());
    expect(publishedThenEnded).toEqual(endedThenPublished);
    expect(endedThenPublished.status).toBe('CANCELLED');
    expect(endedThenPublished.channels).toEqual(['INSTAGRAM', 'LOCAL_TV']);
  });

  it('an older publication arriving late does not overwrite a newer one', () => {
    const newer = applyPublished(null, published({ title: 'new', occurredAt: new Date('2025-09-30T12:00:00Z') }));
    expect(applyPublished(newer, published({ title: 'old' })).title).toBe('new');
    expect(applyPublished(newer, published({ title: 'newest', occurredAt: new Date('2025-10-01T00:00:00Z') })).title).toBe('newest');
  });

  it('take entries only while published, inside the period (end exclusive) and not drawn', () => {
    const facts = applyPublished(null, published());
    expect(entryClosedReason(facts, false, new Date('2025-09-30T23:59:59Z'))).toBe('NOT_STARTED');
    expect(entryClosedReason(facts, false, new Date('2025-10-01T00:00:00Z'))).toBeNull();
    expect(entryClosedReason(facts, false, new Date('2025-10-31T00:00:00Z'))).toBe('ENDED');
    expect(entryClosedReason(facts, true, new Date('2025-10-15T00:00:00Z'))).toBe('DRAWN');
    const ended = applyEnded(facts, { ownerId: 'owner', outcome: 'ENDED', endedAt: new Date('2025-10-20T00:00:00Z') });
    expect(entryClosedReason(ended, false, new Date('2025-10-15T00:00:00Z'))).toBe('ENDED');
  });
});
