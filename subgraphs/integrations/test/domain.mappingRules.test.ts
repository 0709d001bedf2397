import { describe, expect, it } from 'vitest';
import { parseIntegrationRules } from '../src/domain/integrationRules.ts';
import { parseRuleSet, type RuleSet } from '../src/domain/mappingRules.ts';
import { DEMO_CRM_RULES } from '../src/domain/demoRules.ts';
import { transformRecord } from '../src/domain/transformRecord.ts';
import { formatDate, parseDate } from '../src/domain/dateFormats.ts';
import { scheduleProblem } from '../src/domain/schedule.ts';
import { SPECIAL_CASES } from '../src/domain/specialCases.ts';

function rules(value: unknown): RuleSet {
  const parsed = parseRuleSet(value);
  if (!parsed.ruleSet) throw new Error(JSON.stringify(parsed.problems));
  return parsed.ruleSet;
}

function problemsOf(value: unknown) {
  const parsed = parseRuleSet(value);
  expect(parsed.ruleSet).toBeNull();
  return parsed.problems;
}

describe('mapping rules: transforming a record', () => {
  it('copies and renames nested paths, including array items', () => {
    const set = rules({ fields: [{ target: 'contact.email', from: 'person.mail' }, { target: 'firstWinner', from: 'winners.0.entryNumber' }] });
    expect(transformRecord(set, { person: { mail: 'a@example.com' }, winners: [{ entryNumber: 'E-1' }] })).toEqual({
      ok: true, output: { contact: { email: 'a@example.com' }, firstWinner: 'E-1' },
    });
  });

  it('writes constants, and defaults only when the source is missing or empty', () => {
    const set = rules({ fields: [{ target: 'source', const: 'attendgate' }, { target: 'stage', from: 'stage', default: 'lead' }] });
    expect(transformRecord(set, {})).toEqual({ ok: true, output: { source: 'attendgate', stage: 'lead' } });
    expect(transformRecord(set, { stage: '' })).toEqual({ ok: true, output: { source: 'attendgate', stage: 'lead' } });
    expect(transformRecord(set, { stage: 'customer' })).toEqual({ ok: true, output: { source: 'attendgate', stage: 'customer' } });
  });

  it('converts types and refuses values that do not convert, naming the field', () => {
    const set = rules({ fields: [{ target: 'n', from: 'n', convert: 'integer' }, { target: 'b', from: 'b', convert: 'boolean' }, { target: 's', from: 's', convert: 'string' }] });
    expect(transformRecord(set, { n: '1,200', b: 'yes', s: 12 })).toEqual({ ok: true, output: { n: 1200, b: true, s: '12' } });
    expect(transformRecord(set, { n: '1.5' })).toEqual({ ok: false, stage: 'TRANSFORM', reason: 'n: the value cannot be converted to integer' });
    expect(transformRecord(set, { b: 'maybe' })).toMatchObject({ ok: false, reason: 'b: the value cannot be converted to boolean' });
  });

  it('changes date formats in a time zone and refuses dates that do not exist', () => {
    const set = rules({ fields: [{ target: 'day', from: 'at', date: { from: 'ISO', to: 'YYYYMMDD', zone: 'KST' } }, { target: 'epoch', from: 'd', date: { from: 'DD/MM/YYYY', to: 'EPOCH_S' } }] });
    // 20:30 UTC on 1 March is already 2 March in Korea.
    expect(transformRecord(set, { at: '2026-03-01T20:30:00Z', d: '02/01/1970' })).toEqual({ ok: true, output: { day: '20260302', epoch: 86400 } });
    expect(transformRecord(set, { d: '30/02/2026' })).toMatchObject({ ok: false, reason: 'epoch: the value is not a date in DD/MM/YYYY' });
    expect(formatDate(parseDate('20261231', 'YYYYMMDD', 'KST')!, 'ISO', 'UTC')).toBe('2026-12-30T15:00:00.000Z');
  });

  it('maps values, with a fallback, and refuses an unmapped value without one', () => {
    const mapped = rules({ fields: [{ target: 's', from: 's', map: { values: { A: 'ACTIVE', I: 'INACTIVE' } } }] });
    expect(transformRecord(mapped, { s: 'A' })).toEqual({ ok: true, output: { s: 'ACTIVE' } });
    expect(transformRecord(mapped, { s: 'X' })).toMatchObject({ ok: false, reason: 's: the value is not in the value map' });
    const withFallback = rules({ fields: [{ target: 's', from: 's', map: { values: { A: 'ACTIVE' }, fallback: 'OTHER' } }] });
    expect(transformRecord(withFallback, { s: 'X' })).toEqual({ ok: true, output: { s: 'OTHER' } });
  });

  it('concatenates paths and literals, skipping missing parts', () => {
    const set = rules({ fields: [{ target: 'name', concat: { parts: [{ path: 'last' }, { path: 'middle' }, { path: 'first' }, { literal: '님' }], separator: ' ' } }] });
    expect(transformRecord(set, { last: '홍', first: '길동' })).toEqual({ ok: true, output: { name: '홍 길동 님' } });
  });

  it('applies a rule only when its condition holds (equals, in, exists, all, any, not)', () => {
    const set = rules({
      fields: [
        { target: 'vip', const: true, when: { all: [{ path: 'tier', in: ['GOLD', 'VIP'] }, { not: { path: 'blocked', equals: true } }] } },
        { target: 'hasEmail', const: true, when: { any: [{ path: 'email', exists: true }, { path: 'mail', exists: true }] } },
      ],
    });
    expect(transformRecord(set, { tier: 'GOLD', mail: 'x' })).toEqual({ ok: true, output: { vip: true, hasEmail: true } });
    expect(transformRecord(set, { tier: 'GOLD', blocked: true })).toEqual({ ok: true, output: {} });
  });

  it('refuses a record missing a required field', () => {
    const set = rules({ fields: [{ target: 'id', from: 'id', required: true }] });
    expect(transformRecord(set, { other: 1 })).toEqual({ ok: false, stage: 'TRANSFORM', reason: 'id: is required but has no value' });
  });

  it('checks input and output against their JSON Schemas', () => {
    const set = rules({
      inputSchema: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } },
      outputSchema: { type: 'object', required: ['age'], properties: { age: { type: 'integer', minimum: 0 } } },
      fields: [{ target: 'age', from: 'age', convert: 'integer' }],
    });
    expect(transformRecord(set, { email: 'not-an-email', age: 3 })).toMatchObject({ ok: false, stage: 'INPUT', reason: '/email must match format "email"' });
    expect(transformRecord(set, { email: 'a@example.com', age: -1 })).toMatchObject({ ok: false, stage: 'OUTPUT', reason: '/age must be >= 0' });
    expect(transformRecord(set, { email: 'a@example.com', age: '7' })).toEqual({ ok: true, output: { age: 7 } });
  });

  it('named special cases: Korean mobile numbers, names, blanks, thousands of won', () => {
    expect(SPECIAL_CASES.koreanMobileToE164.apply('010-1234-5678')).toBe('+821012345678');
    expect(SPECIAL_CASES.koreanMobileToE164.apply('+82 10 1234 5678')).toBe('+821012345678');
    expect(SPECIAL_CASES.koreanMobileToE164.apply('02-123-4567')).toBeUndefined();
    expect(SPECIAL_CASES.e164ToKoreanMobile.apply('+821012345678')).toBe('01012345678');
    expect(SPECIAL_CASES.givenName.apply('홍길동')).toBe('길동');
    expect(SPECIAL_CASES.familyName.apply('홍길동')).toBe('홍');
    expect(SPECIAL_CASES.familyName.apply('Gil-dong Hong')).toBe('Hong');
    expect(SPECIAL_CASES.emptyToNull.apply('  ')).toBeNull();
    expect(SPECIAL_CASES.krwToThousands.apply(12_999)).toBe(12);
  });

  it('never writes through the prototype, whatever the record holds', () => {
    const set = rules({ fields: [{ target: 'a', from: 'toString' }, { target: 'b', from: 'x' }] });
    const record = JSON.parse('{"x": 1, "__proto__": {"polluted": true}}');
    const result = transformRecord(set, record);
    expect(result).toEqual({ ok: true, output: { b: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the demo CRM rules transform a participant and a CRM contact', () => {
    const integration = parseIntegrationRules(DEMO_CRM_RULES, 'BOTH', ['ParticipantRegistered']);
    expect(integration.problems).toEqual([]);
    const push = transformRecord(integration.rules!.push.ParticipantRegistered!, {
      data: { customerKey: 'ck1', contact: { name: '김민지', phone: '010-2000-1001' }, storeVisited: true, registeredAt: '2026-12-01T16:00:00Z', entryNumber: 'A-7', entryPath: 'INSTAGRAM' },
    });
    expect(push).toEqual({ ok: true, output: {
      external_ref: 'ck1', full_name: '김민지', phone: '+821020001001', source: 'attendgate', lifecycle_stage: 'customer', first_seen_on: '2026-12-02',
      note: 'entry A-7 via INSTAGRAM', tags: ['store-visit'],
    } });
  });
});

describe('mapping rules: validated when saved', () => {
  it.each([
    ['an empty field list', { fields: [] }, 'fields'],
    ['an unknown property', { fields: [{ target: 'a', from: 'b', colour: 'red' }] }, 'fields[0]'],
    ['a target through the prototype', { fields: [{ target: '__proto__.admin', const: true }] }, 'fields[0].target'],
    ['an array index in a target', { fields: [{ target: 'items.0', const: 1 }] }, 'fields[0].target'],
    ['a malformed source path', { fields: [{ target: 'a', from: 'b..c' }] }, 'fields[0].from'],
    ['two sources', { fields: [{ target: 'a', from: 'b', const: 1 }] }, 'fields[0]'],
    ['no source', { fields: [{ target: 'a', convert: 'string' }] }, 'fields[0]'],
    ['an unknown special case', { fields: [{ target: 'a', from: 'b', special: 'reverse' }] }, 'fields[0].special'],
    ['an unknown conversion', { fields: [{ target: 'a', from: 'b', convert: 'float' }] }, 'fields[0].convert'],
    ['an unknown date format', { fields: [{ target: 'a', from: 'b', date: { from: 'ISO', to: 'MM-DD' } }] }, 'fields[0].date.to'],
    ['convert and date together', { fields: [{ target: 'a', from: 'b', convert: 'string', date: { from: 'ISO', to: 'EPOCH_MS' } }] }, 'fields[0]'],
    ['overlapping targets', { fields: [{ target: 'a', from: 'x' }, { target: 'a.b', from: 'y' }] }, 'fields[1].target'],
    ['a bad path in a condition', { fields: [{ target: 'a', const: 1, when: { all: [{ path: 'constructor', exists: true }] } }] }, 'fields[0].when.all[0].path'],
    ['conditions nested too deep', { fields: [{ target: 'a', const: 1, when: { not: { not: { not: { not: { not: { path: 'x', exists: true } } } } } } }] }, 'fields[0].when.not.not.not.not.not'],
    ['an invalid JSON Schema', { inputSchema: { type: 'thing' }, fields: [{ target: 'a', from: 'b' }] }, 'inputSchema'],
    ['a JSON Schema with a user regular expression', { outputSchema: { type: 'object', properties: { a: { type: 'string', pattern: '^(a+)+$' } } }, fields: [{ target: 'a', from: 'b' }] }, 'outputSchema'],
  ])('refuses %s, naming the place', (_label, value, rulePath) => {
    expect(problemsOf(value).map((problem) => problem.rulePath)).toContain(rulePath);
  });

  it('an integration needs a rule set for every event it subscribes to, and a pull set when it pulls', () => {
    const missing = parseIntegrationRules({ push: {} }, 'BOTH', ['CheckedIn']);
    expect(missing.problems.map((problem) => problem.rulePath)).toEqual(['push.CheckedIn', 'pull']);
    const unknown = parseIntegrationRules({ push: { TicketSold: { fields: [{ target: 'a', const: 1 }] } } }, 'PUSH', []);
    expect(unknown.problems[0]).toMatchObject({ rulePath: 'push.TicketSold' });
    const nested = parseIntegrationRules({ pull: { fields: [{ target: 'a', from: 'b', special: 'nope' }] } }, 'PULL', []);
    expect(nested.problems[0]).toMatchObject({ rulePath: 'pull.fields[0].special' });
  });

  it('refuses rules larger than 64 KiB of JSON', () => {
    const fields = Array.from({ length: 200 }, (_, i) => ({ target: `f${i}`, const: 'x'.repeat(400) }));
    expect(parseIntegrationRules({ pull: { fields } }, 'PULL', []).problems[0]!.reason).toMatch(/at most 65536 bytes/);
  });
});

describe('pull schedules', () => {
  it('accepts five- and six-field cron expressions no closer than the minimum interval', () => {
    expect(scheduleProblem('*/15 * * * *', 5 * 60_000, 'Asia/Seoul')).toBeUndefined();
    expect(scheduleProblem('*/2 * * * * *', 1_000, 'Asia/Seoul')).toBeUndefined();
    expect(scheduleProblem('* * * * *', 5 * 60_000, 'Asia/Seoul')).toMatch(/at least 300 s apart/);
    expect(scheduleProblem('0,1 * * * *', 5 * 60_000, 'Asia/Seoul')).toMatch(/at least/);
    expect(scheduleProblem('every hour', 1_000, 'Asia/Seoul')).toMatch(/cron expression/);
    expect(scheduleProblem('61 * * * *', 1_000, 'Asia/Seoul')).toMatch(/not a valid cron/);
  });
});
