import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_UPDATED, REQUEST_AI, createDraft, jobReaches } from './support/fixtures.ts';
import { startEventsStack, type EventsStack } from './support/stack.ts';

let stack: EventsStack;
beforeAll(async () => {
  stack = await startEventsStack();
});
afterAll(async () => stack?.stop());

/** Subscribes through the gateway and collects everything until the stream ends or fails. */
function subscribe(token: string, jobId: string) {
  const client = createClient({ url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
  const messages: any[] = [];
  const ended = new Promise<{ error?: unknown }>((resolve) => {
    client.subscribe({ query: JOB_UPDATED, variables: { jobId } }, { next: (m) => void messages.push(m), error: (error) => resolve({ error }), complete: () => resolve({}) });
  });
  return { messages, ended: ended.finally(() => client.dispose()) };
}

describe('jobUpdated', () => {
  it('starts with the job as it is now, follows status and progress, and ends after SUCCEEDED', async () => {
    const { token } = await stack.owner();
    stack.simulators.faults.set('ai-provider', { latencyMs: 600 });
    const event = await createDraft(stack, token);
    const job = (await stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token })).body.data.requestAiRecommendations;
    const live = subscribe(token, job.id);
    expect(await live.ended).toEqual({});
    stack.simulators.faults.clear('ai-provider');
    const states = live.messages.map((m) => m.data.jobUpdated);
    expect(['QUEUED', 'RUNNING']).toContain(states[0].status);
    expect(states.some((s) => s.status === 'RUNNING' && s.progress > 0 && s.progress < 100)).toBe(true);
    expect(states.at(-1)).toMatchObject({ status: 'SUCCEEDED', progress: 100, attempts: 1 });
    const progress = states.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    // A finished job: one message (its final state), then the stream ends.
    const late = subscribe(token, job.id);
    expect(await late.ended).toEqual({});
    expect(late.messages.map((m) => m.data.jobUpdated.status)).toEqual(['SUCCEEDED']);
  });

  it('is refused to anyone but the event’s owner, before anything is streamed', async () => {
    const { token } = await stack.owner();
    const mallory = await stack.owner();
    const operator = await stack.owner('OPERATOR');
    const event = await createDraft(stack, token);
    const job = (await stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token })).body.data.requestAiRecommendations;
    for (const who of [mallory.token, operator.token]) {
      const attempt = subscribe(who, job.id);
      await attempt.ended;
      expect(attempt.messages.flatMap((m) => m.data?.jobUpdated ? [m.data.jobUpdated] : [])).toEqual([]);
      expect(attempt.messages.flatMap((m) => m.errors ?? []).map((e: any) => e.extensions?.code)).toContain('NOT_FOUND');
    }
    const anonymous = createClient({ url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const outcome = await new Promise<any[]>((resolve) => {
      const got: any[] = [];
      anonymous.subscribe({ query: JOB_UPDATED, variables: { jobId: job.id } }, { next: (m) => void got.push(m), error: (e) => resolve([...got, { error: e }]), complete: () => resolve(got) });
    });
    await anonymous.dispose();
    expect(JSON.stringify(outcome)).toContain('UNAUTHENTICATED');
    await jobReaches(stack, token, job.id, ['SUCCEEDED']);
  });
});
