import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startAnalyticsStack, type AnalyticsStack } from './support/stack.ts';

let stack: AnalyticsStack;

beforeAll(async () => {
  stack = await startAnalyticsStack();
});
afterAll(async () => stack?.stop());

describe('consumers survive restarts', () => {
  it('entries published while analytics is down are counted once it is back', async () => {
    const event = await stack.publishedEvent();
    await stack.stopSubgraph('analytics');
    // Published by participation while analytics is down: they wait in analytics' own queue.
    const ids = await Promise.all(Array.from({ length: 3 }, () => stack.publish('ParticipantRegistered', stack.entry(event.eventId))));
    await stack.startSubgraph('analytics');
    await stack.applied(ids, 30_000);
    const dashboard = await eventually(async () => {
      const d = (await stack.dashboard(event.ownerToken, event.eventId, 'participantsTotal')).body.data?.dashboard;
      return d?.participantsTotal === 3 ? d : undefined;
    });
    expect(dashboard.participantsTotal).toBe(3);
  });
});
