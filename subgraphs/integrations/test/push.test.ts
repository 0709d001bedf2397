import { randomUUID } from 'node:crypto';
import { consumerQueueName } from '@attendgate/platform';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DELIVER_JOB } from '../src/jobs/jobNames.ts';
import { addIntegration, crmInput, CRM_PUSH_RULES, eventually, firstError, startIntegrationsStack, type Actor, type IntegrationsStack } from './support/stack.ts';

let stack: IntegrationsStack;
let owner: Actor;

const DELIVERIES = `query($id: ID!, $status: DeliveryStatus) { integration(id: $id) { deliveries(status: $status, first: 50) { nodes { id idempotencyKey eventType domainEventId status attempts lastErrorCode lastErrorMessage deliveredAt } } } }`;
const STATUS = `query($id: ID!) { integrationStatus(integrationId: $id) { health circuit pendingDeliveries deadLetters deliveredCount lastDeliveredAt } }`;
const REPLAY = `mutation($id: ID!, $ids: [ID!]) { replayDeadLetters(integrationId: $id, deliveryIds: $ids) { replayed } }`;

beforeAll(async () => {
  stack = await startIntegrationsStack();
  owner = await stack.actor('OWNER');
});

afterAll(async () => {
  await stack?.stop();
});

beforeEach(async () => {
  stack.simulators.faults.clear();
  // A fresh owner per test: an owner's earlier integrations would receive this test's events too.
  owner = await stack.actor('OWNER');
});

async function publishEvent(ownerId: string): Promise<string> {
  const eventId = randomUUID();
  const now = new Date().toISOString();
  await stack.publishAs('events', 'EventPublished', {
    eventId, ownerId, title: '가을 경품 이벤트', purpose: 'NEW_CUSTOMERS', channels: ['INSTAGRAM'], startsAt: now, endsAt: now, announcesAt: null,
    prize: { name: '커피 쿠폰', quantity: 3, unitValueKrw: 5000 }, publishedAt: now,
  });
  return eventId;
}

async function register(eventId: string, name: string, phone: string): Promise<{ eventId: string; customerKey: string; domainEventId: string }> {
  const customerKey = `ck-${randomUUID()}`;
  const domainEventId = await stack.publishAs('participation', 'ParticipantRegistered', {
    participationId: randomUUID(), eventId, entryNumber: 'A-0001', entryPath: 'INSTAGRAM', storeVisited: false, customerKey,
    contact: stack.sealContact(name, phone), registeredAt: new Date().toISOString(),
  });
  return { eventId, customerKey, domainEventId };
}

const deliveries = async (integrationId: string, status?: string) =>
  (await stack.graphql({ query: DELIVERIES, variables: { id: integrationId, ...(status ? { status } : {}) }, token: owner.token })).body.data.integration.deliveries.nodes as any[];

const crmWritesFor = (customerKey: string) => stack.simulators.crm.writes.all().filter((write) => write.body.external_ref === customerKey);

describe('push sync', () => {
  it('a participant becomes a CRM contact, transformed by the rules, with the delivery id as idempotency key', async () => {
    const integration = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES } } }));
    const eventId = await publishEvent(owner.userId);
    const { customerKey, domainEventId } = await register(eventId, '김민지', '010-2000-1001');
    const [delivery] = await eventually(async () => {
      const rows = await deliveries(integration.id, 'DELIVERED');
      return rows.length ? rows : undefined;
    });
    expect(delivery).toMatchObject({ eventType: 'PARTICIPANT_REGISTERED', domainEventId, attempts: 1, lastErrorCode: null });
    const writes = crmWritesFor(customerKey);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.body).toEqual({ external_ref: customerKey, full_name: '김민지', phone: '+821020001001', event_ref: eventId });
    expect(writes[0]!.idempotencyKey).toBe(delivery.idempotencyKey);
  });

  it('a CRM that fails once is retried within the call; one failing longer is retried as a job with backoff', async () => {
    const integration = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES } } }));
    const eventId = await publishEvent(owner.userId);
    stack.simulators.faults.set('crm', { failNext: 1 });
    const first = await register(eventId, '박서연', '01020001003');
    await eventually(async () => ((await deliveries(integration.id, 'DELIVERED')).length === 1 ? true : undefined));
    expect((await deliveries(integration.id, 'DELIVERED'))[0]).toMatchObject({ attempts: 1 });
    stack.simulators.faults.set('crm', { failNext: 2 });
    const second = await register(eventId, '정하늘', '01020001004');
    const done = await eventually(async () => {
      const rows = (await deliveries(integration.id, 'DELIVERED')).filter((row) => row.domainEventId === second.domainEventId);
      return rows.length ? rows[0] : undefined;
    });
    expect(done).toMatchObject({ attempts: 2, lastErrorCode: null });
    expect(crmWritesFor(first.customerKey)).toHaveLength(1);
    expect(crmWritesFor(second.customerKey)).toHaveLength(1);
  });

  it('a CRM that stays down: dead letters after the last attempt, then replay delivers each exactly once', async () => {
    const integration = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES } } }));
    const eventId = await publishEvent(owner.userId);
    stack.simulators.faults.set('crm', { down: true });
    const people = [await register(eventId, '최도윤', '01020001005'), await register(eventId, '강유나', '01020001006')];
    const dead = await eventually(async () => {
      const rows = await deliveries(integration.id, 'DEAD');
      return rows.length === 2 ? rows : undefined;
    }, 30_000);
    for (const row of dead) expect(row).toMatchObject({ attempts: 3, lastErrorCode: 'UPSTREAM_UNAVAILABLE' });
    const status = (await stack.graphql({ query: STATUS, variables: { id: integration.id }, token: owner.token })).body.data.integrationStatus;
    expect(status).toMatchObject({ health: 'FAILING', deadLetters: 2, pendingDeliveries: 0, deliveredCount: 0 });
    expect(status.circuit).toBe('open');
    for (const person of people) expect(crmWritesFor(person.customerKey)).toHaveLength(0);

    stack.simulators.faults.clear('crm');
    // Replaying at once from two places moves each dead letter once.
    const replays = await Promise.all([1, 2].map(() => stack.graphql({ query: REPLAY, variables: { id: integration.id }, token: owner.token })));
    expect(replays.map((r) => r.body.data.replayDeadLetters.replayed).sort()).toEqual([0, 2]);
    await eventually(async () => ((await deliveries(integration.id, 'DELIVERED')).length === 2 ? true : undefined), 30_000);
    for (const person of people) expect(crmWritesFor(person.customerKey)).toHaveLength(1);
    expect((await stack.graphql({ query: STATUS, variables: { id: integration.id }, token: owner.token })).body.data.integrationStatus).toMatchObject({ health: 'HEALTHY', deadLetters: 0, deliveredCount: 2, circuit: 'closed' });
    expect((await stack.graphql({ query: REPLAY, variables: { id: integration.id }, token: owner.token })).body.data.replayDeadLetters.replayed).toBe(0);
  });

  it('nothing is duplicated at the CRM: a redelivered domain event and a resent delivery are each applied once', async () => {
    const integration = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES } } }));
    const eventId = await publishEvent(owner.userId);
    const person = await register(eventId, '윤지호', '01020001007');
    await eventually(async () => ((await deliveries(integration.id, 'DELIVERED')).length === 1 ? true : undefined));
    const [job] = await stack.sql<{ data: unknown }>(`select data from pgboss.job where name = ? and data->>'id' = ?`, [consumerQueueName('integrations', 'ParticipantRegistered'), person.domainEventId]);
    await stack.subgraph.runtime.queue.send(consumerQueueName('integrations', 'ParticipantRegistered'), job!.data as object);
    // A lost answer: the delivery looks unsent and its job runs again.
    const [delivery] = await deliveries(integration.id, 'DELIVERED');
    await stack.sql(`update integrations.delivery set status = 'PENDING' where id = ?`, [delivery.id]);
    await stack.subgraph.runtime.queue.send(DELIVER_JOB, { deliveryId: delivery.id });
    await eventually(async () => ((await deliveries(integration.id, 'DELIVERED')).length === 1 ? true : undefined));
    await eventually(async () => {
      const handled = await stack.sql<{ n: number }>(`select count(*)::int as n from pgboss.job where name = ? and data->>'id' = ? and state = 'completed'`, [consumerQueueName('integrations', 'ParticipantRegistered'), person.domainEventId]);
      return handled[0]!.n === 2 ? true : undefined;
    });
    expect(await stack.sql('select id from integrations.delivery where domain_event_id = ?', [person.domainEventId])).toHaveLength(1);
    const writes = crmWritesFor(person.customerKey);
    expect(writes).toHaveLength(1);
    // The CRM was asked twice and applied it once (the second answer was its replay of the first).
    const requests = stack.simulators.requests('crm').filter((request) => request.method === 'POST' && (request.body as { external_ref?: string })?.external_ref === person.customerKey);
    expect(requests).toHaveLength(2);
    expect(writes[0]!.idempotencyKey).toBe(delivery.id);
  });

  it('a record the system refuses is a dead letter at once, with the system\'s words; one the rules cannot transform too', async () => {
    const noRef = { fields: [{ target: 'full_name', from: 'data.contact.name' }] };
    const refused = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: noRef } } }));
    const strict = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: { fields: [{ target: 'external_ref', from: 'data.nothing', required: true }] } } } }));
    const eventId = await publishEvent(owner.userId);
    await register(eventId, '한지민', '01020001008');
    const [rejected] = await eventually(async () => {
      const rows = await deliveries(refused.id, 'DEAD');
      return rows.length ? rows : undefined;
    });
    expect(rejected).toMatchObject({ attempts: 1, lastErrorCode: 'INTEGRATION_REJECTED', lastErrorMessage: expect.stringContaining('parameter_missing') });
    const [invalid] = await eventually(async () => {
      const rows = await deliveries(strict.id, 'DEAD');
      return rows.length ? rows : undefined;
    });
    expect(invalid).toMatchObject({ attempts: 1, lastErrorCode: 'RECORD_INVALID', lastErrorMessage: 'transform: external_ref: is required but has no value' });
  });

  it('each system gets its own shape: ERP sales orders (OAuth2), LMS enrollments (Basic), marketing events (Bearer)', async () => {
    const erp = await addIntegration(stack, owner, {
      type: 'ERP', name: `ERP ${randomUUID()}`, direction: 'PUSH', subscribedEvents: ['PAYMENT_COMPLETED'],
      connection: { baseUrl: stack.simulators.urlOf('erp'), auth: { oauth2: { clientId: 'erp_client', clientSecret: 'erp_secret' } } },
      mappingRules: { push: { PaymentCompleted: { fields: [
        { target: 'orderNo', from: 'data.paymentId' }, { target: 'amountThousandKrw', from: 'data.amountKrw', special: 'krwToThousands' },
        { target: 'orderDate', from: 'data.approvedAt', date: { from: 'ISO', to: 'YYYYMMDD', zone: 'KST' } },
      ] } } },
    });
    const lms = await addIntegration(stack, owner, {
      type: 'LMS', name: `LMS ${randomUUID()}`, direction: 'PUSH', subscribedEvents: ['CHECKED_IN'],
      connection: { baseUrl: stack.simulators.urlOf('lms'), auth: { basic: { username: 'lms_user', password: 'lms_password' } } },
      mappingRules: { push: { CheckedIn: { fields: [{ target: 'learnerRef', from: 'data.credential.participationId', default: 'walk-in' }, { target: 'attended', const: true, when: { path: 'data.direction', equals: 'IN' } }] } } },
    });
    const marketing = await addIntegration(stack, owner, {
      type: 'MARKETING', name: `MKT ${randomUUID()}`, direction: 'PUSH', subscribedEvents: ['WINNER_SELECTED'],
      connection: { baseUrl: stack.simulators.urlOf('marketing'), auth: { apiKey: { apiKey: 'mkt_test_key' } } },
      mappingRules: { push: { WinnerSelected: { fields: [{ target: 'event_name', const: 'winners_drawn' }, { target: 'properties.winners', from: 'data.winners.0.entryNumber' }, { target: 'properties.entrants', from: 'data.entrantCount', convert: 'string' }] } } },
    });
    const eventId = await publishEvent(owner.userId);
    const paymentId = randomUUID();
    await stack.publishAs('billing', 'PaymentCompleted', {
      paymentId, eventId, ownerId: owner.userId, amountKrw: 55_000, method: 'CARD', purpose: 'PREMIUM_DISTRIBUTION', gatewayReference: 'pg-1', approvedAt: '2026-12-01T15:30:00.000Z',
    });
    const participationId = randomUUID();
    await stack.publishAs('gates', 'CheckedIn', {
      attendanceId: randomUUID(), eventId, venueId: randomUUID(), gateId: randomUUID(), direction: 'IN', credential: { kind: 'PARTICIPANT', participationId },
      method: 'PROXIMITY', checkedInAt: new Date().toISOString(),
    });
    await stack.publishAs('participation', 'WinnerSelected', {
      eventId, drawId: randomUUID(), winners: [{ participationId, entryNumber: 'A-0042', customerKey: 'ck-x' }], entrantCount: 17, drawnAt: new Date().toISOString(),
    });
    await eventually(async () => {
      const rows = await stack.sql<{ n: number }>(`select count(*)::int as n from integrations.delivery where integration_id in (?, ?, ?) and status = 'DELIVERED'`, [erp.id, lms.id, marketing.id]);
      return rows[0]!.n === 3 ? true : undefined;
    }, 20_000);
    expect(stack.simulators.erp.writes.all().find((w) => w.body.orderNo === paymentId)!.body).toEqual({ orderNo: paymentId, amountThousandKrw: 55, orderDate: '20261202' });
    expect(stack.simulators.lms.writes.all().find((w) => (w.body.data as any).attributes.learnerRef === participationId)!.body).toEqual({ data: { type: 'enrollment', attributes: { learnerRef: participationId, attended: true } } });
    expect(stack.simulators.marketing.writes.all().find((w) => (w.body.properties as any)?.winners === 'A-0042')!.body).toEqual({ event_name: 'winners_drawn', properties: { winners: 'A-0042', entrants: '17' } });
  });

  it('the generic webhook adapter POSTs the transformed record to its URL, with the key and the configured auth', async () => {
    const integration = await addIntegration(stack, owner, crmInput(stack, {
      type: 'MARKETING', direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES } },
      connection: { baseUrl: `${stack.simulators.urlOf('crm')}/v1/contacts`, dialect: 'WEBHOOK', auth: { apiKey: { apiKey: 'crm_test_key' } } },
    }));
    expect((await stack.graphql({ query: `mutation($id: ID!) { testConnection(id: $id) { ok code } }`, variables: { id: integration.id }, token: owner.token })).body.data.testConnection).toEqual({ ok: true, code: null });
    const eventId = await publishEvent(owner.userId);
    const person = await register(eventId, '서지우', '01020001013');
    const [delivered] = await eventually(async () => {
      const rows = await deliveries(integration.id, 'DELIVERED');
      return rows.length ? rows : undefined;
    });
    const writes = crmWritesFor(person.customerKey);
    expect(writes).toHaveLength(1);
    expect(writes[0]!).toMatchObject({ idempotencyKey: delivered.idempotencyKey, body: { external_ref: person.customerKey, full_name: '서지우' } });
  });

  it('removing an integration skips its pending deliveries: nothing reaches the system afterwards', async () => {
    const integration = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES } } }));
    const eventId = await publishEvent(owner.userId);
    stack.simulators.faults.set('crm', { down: true });
    const person = await register(eventId, '남궁민', '01020001014');
    await eventually(async () => ((await deliveries(integration.id)).some((row) => row.attempts >= 1) ? true : undefined));
    await stack.graphql({ query: `mutation($id: ID!) { removeIntegration(id: $id) }`, variables: { id: integration.id }, token: owner.token });
    stack.simulators.faults.clear('crm');
    const [row] = await stack.sql<{ status: string }>('select status from integrations.delivery where integration_id = ?', [integration.id]);
    expect(row!.status).toBe('SKIPPED');
    // Its scheduled retry still runs, and finds nothing to send.
    await eventually(async () => {
      const pending = await stack.sql<{ n: number }>(`select count(*)::int as n from pgboss.job where name = ? and data->>'deliveryId' in (select id::text from integrations.delivery where integration_id = ?) and state in ('created', 'retry', 'active')`, [DELIVER_JOB, integration.id]);
      return pending[0]!.n === 0 ? true : undefined;
    }, 20_000);
    expect(crmWritesFor(person.customerKey)).toHaveLength(0);
  });

  it('replay refuses malformed ids and too many ids, and replays only the named dead letters', async () => {
    const integration = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: { fields: [{ target: 'full_name', from: 'data.contact.name' }] } } } }));
    expect(firstError(await stack.graphql({ query: REPLAY, variables: { id: integration.id, ids: ['nope'] }, token: owner.token })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await stack.graphql({ query: REPLAY, variables: { id: integration.id, ids: [] }, token: owner.token })).code).toBe('BAD_USER_INPUT');
    const tooMany = Array.from({ length: 101 }, () => randomUUID());
    expect(firstError(await stack.graphql({ query: REPLAY, variables: { id: integration.id, ids: tooMany }, token: owner.token })).code).toBe('BAD_USER_INPUT');
    const eventId = await publishEvent(owner.userId);
    await register(eventId, 'A', '01020001011');
    await register(eventId, 'B', '01020001012');
    const dead = await eventually(async () => {
      const rows = await deliveries(integration.id, 'DEAD');
      return rows.length === 2 ? rows : undefined;
    });
    const replay = await stack.graphql({ query: REPLAY, variables: { id: integration.id, ids: [dead[0].id] }, token: owner.token });
    expect(replay.body.data.replayDeadLetters.replayed).toBe(1);
  });
  it('only the owner\'s integrations (and platform-wide ones) receive an owner\'s events', async () => {
    const other = await stack.actor('OWNER');
    const admin = await stack.actor('ADMIN');
    const mine = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES } } }));
    const theirs = await addIntegration(stack, other, crmInput(stack, { direction: 'PUSH', mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES } } }));
    const platform = await addIntegration(stack, admin, crmInput(stack, { direction: 'PUSH', platformWide: true, mappingRules: { push: { ParticipantRegistered: CRM_PUSH_RULES } } }));
    const eventId = await publishEvent(owner.userId);
    const { domainEventId } = await register(eventId, '이준호', '01020001002');
    await eventually(async () => {
      const rows = await stack.sql<{ integration_id: string; status: string }>('select integration_id, status from integrations.delivery where domain_event_id = ?', [domainEventId]);
      return rows.length === 2 && rows.every((row) => row.status === 'DELIVERED') ? rows : undefined;
    });
    const routed = await stack.sql<{ integration_id: string }>('select integration_id from integrations.delivery where domain_event_id = ?', [domainEventId]);
    expect(routed.map((row) => row.integration_id).sort()).toEqual([mine.id, platform.id].sort());
    expect(routed.map((row) => row.integration_id)).not.toContain(theirs.id);

    // An event of an event whose EventPublished never came (published before we subscribed), once it is old
    // enough to stop waiting for it: platform-wide integrations only.
    const orphan = { id: randomUUID(), type: 'ParticipantRegistered', version: 1, source: 'participation', occurredAt: new Date(Date.now() - 3_600_000).toISOString(), data: {
      participationId: randomUUID(), eventId: randomUUID(), entryNumber: 'A-0009', entryPath: 'INSTAGRAM', storeVisited: true, customerKey: `ck-${randomUUID()}`,
      contact: stack.sealContact('고아', '01020001099'), registeredAt: new Date().toISOString(),
    } };
    await stack.subgraph.runtime.queue.send(consumerQueueName('integrations', 'ParticipantRegistered'), orphan);
    const orphanRoutes = await eventually(async () => {
      const rows = await stack.sql<{ integration_id: string }>('select integration_id from integrations.delivery where domain_event_id = ?', [orphan.id]);
      return rows.length ? rows : undefined;
    });
    expect(orphanRoutes.map((row) => row.integration_id)).toEqual([platform.id]);
    await stack.graphql({ query: `mutation($id: ID!) { removeIntegration(id: $id) }`, variables: { id: platform.id }, token: admin.token });
  });

});
