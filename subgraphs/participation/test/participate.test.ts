import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPersonalData, type DomainEventData } from '@attendgate/platform';
import { parseEntryNumber } from '../src/domain/entryNumber.ts';
import { entryInput, firstError, participate, startParticipationStack, uniquePhone, type ParticipationStack, type TestEvent } from './support/stack.ts';

let stack: ParticipationStack;
let event: TestEvent;
let registered: () => Promise<DomainEventData<'ParticipantRegistered'>[]>;
beforeAll(async () => {
  stack = await startParticipationStack();
  registered = await stack.probe('ParticipantRegistered');
  event = await stack.publishEvent();
});
afterAll(async () => stack?.stop());

/** Expects a refusal with this code (and extensions), and that no entry and no event were written. */
async function expectRefused(input: Record<string, unknown>, code: string, extensions: Record<string, unknown> = {}) {
  const eventId = input.eventId as string;
  const before = { entries: await stack.entries(eventId).catch(() => []), events: (await registered()).length };
  const result = await participate(stack, input);
  expect(result.body.data?.participate ?? null).toBeNull();
  expect(firstError(result)).toMatchObject({ code, extensions });
  expect((await stack.entries(eventId).catch(() => [])).length).toBe(before.entries.length);
  expect((await registered()).length).toBe(before.events);
  return result;
}

describe('entering an event', () => {
  it('answers with an entry number, the announcement date and the thank-you message; no account needed', async () => {
    const published = await stack.publishEvent({ announcesAt: '2030-01-15T03:00:00.000Z', endsAt: '2030-01-14T15:00:00.000Z' });
    const result = await participate(stack, entryInput(published.eventId, { phone: '010-2222-0001' }));
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.participate).toEqual({ entryNumber: expect.stringMatching(/^\d{4}-\d$/), announcesAt: '2030-01-15T03:00:00.000Z', message: '참여해주셔서 감사합니다' });
    expect(parseEntryNumber(result.body.data.participate.entryNumber)).toBe(1);
  });

  it('stores the name and phone encrypted, with the masked forms beside them, and nothing in the clear', async () => {
    const input = entryInput(event.eventId, { name: ' 박영희 ', phone: '+82 10-3333-4444', storeVisited: true });
    expect((await participate(stack, input)).body.errors).toBeUndefined();
    const rows = (await stack.entries(event.eventId)).filter((row) => row.masked_phone === '010-****-4444');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ masked_name: '박**', entry_path: 'INSTAGRAM', store_visited: true, won: false });
    expect(row!.name_ciphertext).toMatch(/^v1:/);
    expect(row!.phone_ciphertext).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toMatch(/박영희|01033334444|3333-4444/);
  });

  it('publishes ParticipantRegistered in the same transaction, with the contact sealed and a customer key', async () => {
    const phone = uniquePhone();
    const result = await participate(stack, entryInput(event.eventId, { phone, name: '이민호', entryPath: 'KAKAO_CHANNEL' }));
    const { entryNumber } = result.body.data.participate;
    const published = await stack.eventually(async () => (await registered()).find((data) => data.entryNumber === entryNumber && data.eventId === event.eventId));
    expect(published).toMatchObject({ eventId: event.eventId, entryPath: 'KAKAO_CHANNEL', storeVisited: false, customerKey: expect.any(String) });
    expect(JSON.stringify(published)).not.toContain(phone);
    expect(JSON.stringify(published)).not.toContain('이민호');
    expect(openPersonalData(stack.subgraph.runtime.cipher, 'ParticipantRegistered', published.contact)).toEqual({ name: '이민호', phone });
    const [row] = await stack.sql<{ id: string; phone_index: string }>('select id, phone_index from "participation"."participation" where entry_number = ? and event_id = ?', [entryNumber, event.eventId]);
    expect(published.participationId).toBe(row!.id);
    expect(published.customerKey).toBe(row!.phone_index);
  });

  it('gives the same customer the same customer key in every event', async () => {
    const other = await stack.publishEvent();
    const phone = uniquePhone();
    await participate(stack, entryInput(event.eventId, { phone }));
    await participate(stack, entryInput(other.eventId, { phone: phone.replace(/^010(\d{4})(\d{4})$/, '010-$1-$2') }));
    const keys = await stack.sql<{ phone_index: string }>('select phone_index from "participation"."participation" where masked_phone = ? and event_id in (?, ?)', [`010-****-${phone.slice(-4)}`, event.eventId, other.eventId]);
    expect(keys).toHaveLength(2);
    expect(keys[0]!.phone_index).toBe(keys[1]!.phone_index);
  });
});

describe('invalid entries are refused and write nothing', () => {
  it.each([
    ['a one-character name', { name: '김' }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a name over 50 characters', { name: '가'.repeat(51) }, 'name'],
    ['a landline number', { phone: '02-123-4567' }, 'phone'],
    ['a phone with letters', { phone: '010-abcd-5678' }, 'phone'],
    ['no privacy consent', { consent: false }, 'consent'],
  ])('%s: BAD_USER_INPUT naming the field', async (_label, override, field) => {
    await expectRefused(entryInput(event.eventId, override), 'BAD_USER_INPUT', { field });
  });

  it('an entry path that is not one of the event’s channels: BAD_USER_INPUT on entryPath', async () => {
    await expectRefused(entryInput(event.eventId, { entryPath: 'GENIE_TV' }), 'BAD_USER_INPUT', { field: 'entryPath' });
  });

  it('an entry path outside the MediaChannel enum never reaches the subgraph', async () => {
    const result = await participate(stack, entryInput(event.eventId, { entryPath: 'TIKTOK' }));
    expect(firstError(result).code).toBe('BAD_USER_INPUT');
  });

  it('an unknown or malformed event id: NOT_FOUND', async () => {
    await expectRefused(entryInput('7d0c6a9e-58a4-4b45-9d7e-3c56c1a2b9f0'), 'NOT_FOUND');
    const result = await participate(stack, entryInput('not-an-id'));
    expect(firstError(result).code).toBe('NOT_FOUND');
  });

  it('an event that has not started, or whose period is over: INVALID_STATE', async () => {
    const future = await stack.publishEvent({ startsAt: new Date(Date.now() + 3_600_000).toISOString() });
    await expectRefused(entryInput(future.eventId), 'INVALID_STATE', { state: 'NOT_STARTED' });
    const past = await stack.publishEvent({ startsAt: new Date(Date.now() - 7_200_000).toISOString(), endsAt: new Date(Date.now() - 3_600_000).toISOString() });
    await expectRefused(entryInput(past.eventId), 'INVALID_STATE', { state: 'ENDED' });
  });

  it('an event the owner ended or cancelled: INVALID_STATE, whatever order the events arrive in', async () => {
    const ended = await stack.publishEvent();
    await stack.publishDomainEvent('EventEnded', { eventId: ended.eventId, ownerId: ended.ownerId, outcome: 'ENDED', endedAt: new Date().toISOString() });
    await stack.waitForFacts(ended.eventId, (row) => row.status === 'ENDED');
    await expectRefused(entryInput(ended.eventId), 'INVALID_STATE', { state: 'ENDED' });

    const cancelledFirst = crypto.randomUUID();
    const ownerId = crypto.randomUUID();
    await stack.publishDomainEvent('EventEnded', { eventId: cancelledFirst, ownerId, outcome: 'CANCELLED', endedAt: new Date().toISOString() });
    await stack.waitForFacts(cancelledFirst, (row) => row.status === 'CANCELLED');
    await stack.publishEvent({ eventId: cancelledFirst, ownerId });
    await expectRefused(entryInput(cancelledFirst), 'INVALID_STATE', { state: 'CANCELLED' });
  });
});

describe('one entry per phone per event', () => {
  it('refuses the second entry of a phone, however it is written, with DUPLICATE_PARTICIPATION and the seed’s message', async () => {
    const phone = uniquePhone();
    expect((await participate(stack, entryInput(event.eventId, { phone }))).body.errors).toBeUndefined();
    const spelled = `+82 ${phone.slice(1, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
    const result = await expectRefused(entryInput(event.eventId, { phone: spelled, name: '다른이름' }), 'DUPLICATE_PARTICIPATION');
    expect(result.body.errors?.[0]?.message).toBe('이미 참여하신 이벤트입니다');
  });

  it('200 concurrent entries with 50 duplicated phones leave exactly 150 rows, 150 events and 50 DUPLICATE_PARTICIPATION errors', { timeout: 120_000 }, async () => {
    const race = await stack.publishEvent();
    const phones = Array.from({ length: 150 }, () => uniquePhone());
    const inputs = [...phones, ...phones.slice(0, 50)].map((phone, i) => entryInput(race.eventId, { phone, name: `참가자${i}`, entryPath: race.channels[i % race.channels.length] }));
    const results = await Promise.all(inputs.map((input) => participate(stack, input)));
    const codes = results.map((result) => firstError(result).code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(150);
    expect(codes.filter((code) => code === 'DUPLICATE_PARTICIPATION')).toHaveLength(50);
    const rows = await stack.entries(race.eventId);
    expect(rows).toHaveLength(150);
    expect(new Set(rows.map((row) => row.phone_index)).size).toBe(150);
    const numbers = results.filter((result) => !result.body.errors).map((result) => result.body.data.participate.entryNumber as string);
    expect(new Set(numbers).size).toBe(150);
    expect(new Set(rows.map((row) => row.entry_number))).toEqual(new Set(numbers));
    expect(numbers.every((number) => parseEntryNumber(number) !== null)).toBe(true);
    await stack.eventually(async () => ((await registered()).filter((data) => data.eventId === race.eventId).length === 150 ? true : undefined));
  });

  it('concurrent entries share transactions (group commit), and each gets its own answer: written, duplicate or refused', { timeout: 120_000 }, async () => {
    const batched = await stack.publishEvent();
    const phones = Array.from({ length: 60 }, () => uniquePhone());
    const inputs = [
      ...phones.map((phone, i) => entryInput(batched.eventId, { phone, name: `묶음${i}`, entryPath: batched.channels[i % batched.channels.length] })),
      ...phones.slice(0, 15).map((phone) => entryInput(batched.eventId, { phone, name: '중복참가' })),
      entryInput(batched.eventId, { phone: uniquePhone(), entryPath: 'GENIE_TV' }),
    ];
    const results = await Promise.all(inputs.map((input) => participate(stack, input)));
    const codes = results.map((result) => firstError(result).code ?? 'OK');
    expect(codes.at(-1)).toBe('BAD_USER_INPUT');
    expect(firstError(results.at(-1)!).extensions).toMatchObject({ field: 'entryPath' });
    expect(codes.filter((code) => code === 'OK')).toHaveLength(60);
    expect(codes.filter((code) => code === 'DUPLICATE_PARTICIPATION')).toHaveLength(15);
    const rows = await stack.sql<{ entry_number: string; masked_phone: string; tx: string }>(
      'select entry_number, masked_phone, xmin::text as tx from "participation"."participation" where event_id = ?',
      [batched.eventId],
    );
    expect(rows).toHaveLength(60);
    // Rows written by one transaction share its id: fewer transactions than entries means entries were batched.
    expect(new Set(rows.map((row) => row.tx)).size).toBeLessThan(rows.length);
    // Each written entry got back the number of its own row, and every phone is written once.
    const numbers = results.filter((result) => !result.body.errors).map((result) => result.body.data.participate.entryNumber as string);
    expect(new Set(numbers)).toEqual(new Set(rows.map((row) => row.entry_number)));
    expect(new Set(rows.map((row) => row.masked_phone)).size).toBe(60);
    await stack.eventually(async () => {
      const published = (await registered()).filter((data) => data.eventId === batched.eventId);
      return published.length === 60 && new Set(published.map((data) => data.entryNumber)).size === 60 ? true : undefined;
    });
    // The 16 numbers taken by refused entries were given back: the next 16 entries get exactly them.
    const next = await Promise.all(Array.from({ length: 16 }, () => participate(stack, entryInput(batched.eventId, { phone: uniquePhone() }))));
    const taken = [...numbers, ...next.map((result) => result.body.data.participate.entryNumber as string)].map((number) => parseEntryNumber(number));
    expect(new Set(taken)).toEqual(new Set(Array.from({ length: 76 }, (_, i) => i + 1)));
  });
});
