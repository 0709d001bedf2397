import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_AI, createDraft, jobReaches } from './support/fixtures.ts';
import { startEventsStack, type EventsStack } from './support/stack.ts';

let stack: EventsStack;
beforeAll(async () => {
  stack = await startEventsStack({ EVENTS_AI_BREAKER_MINIMUM_CALLS: '4', EVENTS_AI_BREAKER_WINDOW: '4' });
});
afterAll(async () => stack?.stop());

describe('the AI provider circuit breaker', () => {
  it('opens after repeated failures, so a down provider is no longer called while the job keeps its retries', { timeout: 60_000 }, async () => {
    const { token } = await stack.owner();
    stack.simulators.faults.set('ai-provider', { down: true });
    const event = await createDraft(stack, token, { store: { name: '차단기 가게', category: 'cafe', region: '대전' } });
    const job = (await stack.graphql({ query: REQUEST_AI, variables: { eventId: event.id }, token })).body.data.requestAiRecommendations;
    const dead = await jobReaches(stack, token, job.id, ['DEAD'], 30_000);
    expect(dead).toMatchObject({ attempts: 3, errorCode: 'UPSTREAM_UNAVAILABLE' });
    // Three runs of two attempts were allowed; the breaker (4 calls, all failed) opened after the second run.
    expect(stack.simulators.requests('ai-provider')).toHaveLength(4);
  });
});
