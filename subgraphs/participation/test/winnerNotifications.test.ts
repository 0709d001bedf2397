import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOTIFY_WINNER_JOB } from '../src/jobs/jobNames.ts';
import { entryInput, participate, startParticipationStack, type ParticipationStack, type TestEvent } from './support/stack.ts';

let stack: ParticipationStack;
beforeAll(async () => {
  // Two in-run retries 20 ms apart, then two queue retries a second apart (doubling), then the dead-letter queue;
  // an open circuit lets a trial call through after 200 ms, so one test's outage does not outlast it.
  stack = await startParticipationStack({ PARTICIPATION_SMS_BREAKER_HALF_OPEN_AFTER_MS: '200' });
});
afterAll(async () => stack?.stop());
beforeEach(() => stack.simulators.reset());

const DRAW = 'mutation($id: ID!, $count: Int!) { drawWinners(eventId: $id, winnerCount: $count) { id } }';

interface WinnerRow {
  participation_id: string;
  notification_status: string;
  notification_attempts: number;
  message_id: string | null;
  notification_error: string | null;
  notified_at: string | null;
  entry_number: string;
}

/** An event with entrants, drawn with `winners` winners; returns the phones of the winners by entry number. */
async function drawnEvent(entrants: number, winners: number) {
  const event: TestEvent = await stack.publishEvent({ title: '가을 커피 이벤트' });
  const phones = new Map<string, string>();
  for (let i = 0; i < entrants; i++) {
    const input = entryInput(event.eventId, { name: `고객${i}` });
    const result = await participate(stack, input);
    phones.set(result.body.data.participate.entryNumber, input.phone as string);
  }
  const drawn = await stack.graphql({ query: DRAW, variables: { id: event.eventId, count: winners }, token: event.ownerToken });
  expect(drawn.body.errors).toBeUndefined();
  const rows = () =>
    stack.sql<WinnerRow & Record<string, unknown>>(
      `select w.*, p.entry_number from "participation"."winner" w join "participation"."participation" p on p.id = w.participation_id where p.event_id = ? order by w.rank`,
      [event.eventId],
    );
  return { event, phones, rows };
}

function untilEvery(rows: () => Promise<WinnerRow[]>, status: string, timeoutMs = 20_000) {
  return stack.eventually(async () => {
    const current = await rows();
    return current.length && current.every((row) => row.notification_status === status) ? current : undefined;
  }, timeoutMs);
}

describe('winner text messages', () => {
  it('texts every winner once, in Korean with their entry number, through the SMS provider', async () => {
    const { phones, rows } = await drawnEvent(5, 3);
    const sent = await untilEvery(rows, 'SENT');
    const messages = stack.simulators.messaging.messages({ channel: 'SMS' }).concat(stack.simulators.messaging.messages({ channel: 'LMS' }));
    expect(messages).toHaveLength(3);
    for (const winner of sent) {
      const message = messages.find((m) => m.to === phones.get(winner.entry_number));
      expect(message, winner.entry_number).toBeDefined();
      expect(message!.text).toContain(`응모번호 ${winner.entry_number}`);
      expect(message!.text).toContain("'가을 커피 이벤트'에 당첨되셨습니다");
      expect(message!.from).toBe('15884000');
      expect(winner).toMatchObject({ message_id: message!.messageId, notification_error: null, notified_at: expect.anything() });
    }
  });

  it('retries a flaky provider within the run (1 s/2 s/4 s in production) and sends once', async () => {
    stack.simulators.faults.set('messaging', { failNext: 2 });
    const { rows } = await drawnEvent(2, 1);
    const [winner] = await untilEvery(rows, 'SENT');
    expect(winner!.notification_attempts).toBe(1);
    expect(stack.simulators.requests('messaging').filter((r) => r.path === '/v1/sms')).toHaveLength(3);
    expect(stack.simulators.messaging.messages()).toHaveLength(1);
  });

  it('keeps a winner PENDING while the provider is down, retries through the queue, and sends when it is back', { timeout: 30_000 }, async () => {
    stack.simulators.faults.set('messaging', { down: true });
    const { rows } = await drawnEvent(2, 1);
    const failedOnce = await stack.eventually(async () => {
      const [row] = await rows();
      return row && row.notification_attempts >= 1 && row.notification_error ? row : undefined;
    });
    expect(failedOnce).toMatchObject({ notification_status: 'PENDING', message_id: null });
    stack.simulators.faults.clear('messaging');
    const [sent] = await untilEvery(rows, 'SENT');
    expect(sent!.notification_attempts).toBeGreaterThanOrEqual(2);
    expect(stack.simulators.messaging.messages()).toHaveLength(1);
  });

  it('marks a winner FAILED after the last retry and dead-letters the job; an operator’s redrive sends it', { timeout: 40_000 }, async () => {
    stack.simulators.faults.set('messaging', { down: true });
    const { rows } = await drawnEvent(2, 1);
    const [failed] = await untilEvery(rows, 'FAILED', 30_000);
    // The first run and the queue's two retries.
    expect(failed!.notification_attempts).toBe(3);
    const dead = await stack.eventually(async () => {
      const letters = await stack.subgraph.runtime.queue.deadLetters<{ participationId: string }>(NOTIFY_WINNER_JOB);
      return letters.find((job) => job.data.participationId === failed!.participation_id);
    });
    expect(dead).toBeDefined();
    expect(stack.simulators.messaging.messages()).toHaveLength(0);

    stack.simulators.faults.clear('messaging');
    expect(await stack.subgraph.runtime.queue.redriveDeadLetters(NOTIFY_WINNER_JOB)).toBeGreaterThanOrEqual(1);
    await untilEvery(rows, 'SENT');
    expect(stack.simulators.messaging.messages()).toHaveLength(1);
  });

  it('does not retry what no retry can cure: a refused sender number marks the winner FAILED at once', async () => {
    const refusing = await startParticipationStack({ PARTICIPATION_SMS_SENDER: '0299998888' });
    try {
      const event = await refusing.publishEvent();
      await participate(refusing, entryInput(event.eventId));
      await refusing.graphql({ query: DRAW, variables: { id: event.eventId, count: 1 }, token: event.ownerToken });
      const [row] = await refusing.eventually(async () => {
        const found = await refusing.sql<WinnerRow & Record<string, unknown>>(`select w.* from "participation"."winner" w join "participation"."participation" p on p.id = w.participation_id where p.event_id = ?`, [event.eventId]);
        return found[0]?.notification_status === 'FAILED' ? found : undefined;
      });
      expect(row).toMatchObject({ notification_attempts: 1, notification_error: expect.stringContaining('SENDER_NOT_REGISTERED') });
      expect(refusing.simulators.requests('messaging')).toHaveLength(1);
      expect(await refusing.subgraph.runtime.queue.deadLetters(NOTIFY_WINNER_JOB)).toHaveLength(0);
    } finally {
      await refusing.stop();
    }
  });

  it('shows the owner where each winner’s message stands', async () => {
    const { event, rows } = await drawnEvent(3, 2);
    await untilEvery(rows, 'SENT');
    const result = await stack.graphql({ query: `{ event(id: "${event.eventId}") { winners { nodes { rank notificationStatus notifiedAt } } } }`, token: event.ownerToken });
    expect(result.body.data.event.winners.nodes).toEqual([
      { rank: 1, notificationStatus: 'SENT', notifiedAt: expect.any(String) },
      { rank: 2, notificationStatus: 'SENT', notifiedAt: expect.any(String) },
    ]);
  });
});
