import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, eventually, setUpVenue } from './support/fixtures.ts';
import { startGatesStack, type GatesStack } from './support/stack.ts';

let stack: GatesStack;
let operator: string;

beforeAll(async () => {
  stack = await startGatesStack({ GATES_MESSAGING_RETRIES: '1', GATES_ALERT_JOB_RETRIES: '1', GATES_ALERT_JOB_RETRY_DELAY_MS: '1000' });
  operator = await stack.tokenFor('OPERATOR');
});
afterEach(() => {
  stack.simulators.faults.clear();
  stack.simulators.gateController.clearFaults();
});
afterAll(async () => stack?.stop());

const RAISE = 'mutation($v: ID!, $m: String!) { raiseEmergency(venueId: $v, kind: FIRE, message: $m) { id } }';
/** What the messaging provider accepted; a long SMS goes as LMS, which is still a text message to a phone. */
const sent = (filter: (m: { to: string; channel: string; text: string; title: string | null }) => boolean) =>
  stack.simulators.messaging
    .messages()
    .map((m) => ({ to: m.to, channel: m.channel === 'LMS' ? 'SMS' : m.channel, text: m.text, title: m.subject }))
    .filter(filter);

async function venueWithContacts(phones: string[]) {
  const setup = await setUpVenue(stack, { gates: [{ direction: 'IN' }] });
  for (const [i, phone] of phones.entries()) {
    dataOf(await stack.graphql({ query: 'mutation($v: ID!, $n: String!, $p: String!) { addAlertContact(venueId: $v, name: $n, phone: $p) { id } }', token: operator, variables: { v: setup.venueId, n: `운영자 ${i}`, p: phone } }));
  }
  return setup;
}

describe('operator alerts', () => {
  it('reach operators of an emergency by push to the venue\'s topic and by SMS to each alert contact, once', async () => {
    const setup = await venueWithContacts(['010-5555-0001', '010-5555-0002']);
    dataOf(await stack.graphql({ query: RAISE, token: operator, variables: { v: setup.venueId, m: '북문 화재' } }));
    const topic = `topic:attendgate-venue-${setup.venueId}`;
    await eventually(async () => (sent((m) => m.to === topic).length && sent((m) => m.channel === 'SMS' && m.text.includes('북문 화재')).length === 2 ? true : undefined));
    expect(sent((m) => m.to === topic)).toEqual([expect.objectContaining({ channel: 'PUSH', title: '긴급 상황', text: expect.stringContaining('북문 화재') })]);
    expect(sent((m) => m.channel === 'SMS' && m.text.includes('북문 화재')).map((m) => m.to).sort()).toEqual(['01055550001', '01055550002']);
  });

  it('reach operators of a low battery by push only', async () => {
    const setup = await venueWithContacts(['010-5555-0003']);
    stack.simulators.gateController.setFaults(setup.gates[0]!.id, { batteryPercent: 8 });
    const topic = `topic:attendgate-venue-${setup.venueId}`;
    const push = await eventually(async () => sent((m) => m.to === topic)[0]);
    expect(push).toMatchObject({ title: '배터리 부족', text: expect.stringContaining('8%') });
    expect(sent((m) => m.to === '01055550003')).toEqual([]);
  });

  it('survive a flaky provider: retried inside the job, nothing sent twice', async () => {
    const setup = await venueWithContacts(['010-5555-0004']);
    stack.simulators.faults.set('messaging', { failNext: 1 });
    dataOf(await stack.graphql({ query: RAISE, token: operator, variables: { v: setup.venueId, m: '정전 발생' } }));
    await eventually(async () => (sent((m) => m.text.includes('정전 발생')).length === 2 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sent((m) => m.text.includes('정전 발생')).map((m) => m.channel).sort()).toEqual(['PUSH', 'SMS']);
    expect(stack.simulators.requests('messaging').filter((r) => JSON.stringify(r.body ?? {}).includes('정전 발생')).length).toBe(3);
  });

  it('wait in the dead-letter queue while the provider is down, and are delivered once when redriven', async () => {
    const setup = await venueWithContacts([]);
    stack.simulators.faults.set('messaging', { down: true });
    dataOf(await stack.graphql({ query: RAISE, token: operator, variables: { v: setup.venueId, m: '가스 누출' } }));
    const queue = stack.subgraph.runtime.queue;
    await eventually(async () => ((await queue.deadLetters('gates.send-alert')).length ? true : undefined), 20_000);
    expect(sent((m) => m.text.includes('가스 누출'))).toEqual([]);
    stack.simulators.faults.clear('messaging');
    expect(await queue.redriveDeadLetters('gates.send-alert')).toBeGreaterThanOrEqual(1);
    await eventually(async () => (sent((m) => m.text.includes('가스 누출')).length ? true : undefined), 20_000);
    expect(sent((m) => m.text.includes('가스 누출'))).toHaveLength(1);
  });
});
