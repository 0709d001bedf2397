import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addIntegration, crmInput, eventually, firstError, startIntegrationsStack, type Actor, type IntegrationsStack } from './support/stack.ts';

let stack: IntegrationsStack;
let owner: Actor;
const clients: Client[] = [];

const RUN_FIELDS = 'id trigger status startedAt finishedAt recordsRead recordsWritten recordsFailed errorCode errorSummary';
const SYNC_NOW = `mutation($id: ID!) { syncNow(integrationId: $id) { ${RUN_FIELDS} } }`;
const JOB = `query($id: ID!, $first: Int, $after: String) { integration(id: $id) { syncJob { schedule status lastRunAt nextRunAt lastRunStatus runs(first: $first, after: $after) { nodes { ${RUN_FIELDS} } pageInfo { hasNextPage endCursor } } } } }`;
const AUDIENCE = `query($id: ID!) { integration(id: $id) { audience(first: 100) { nodes { externalId maskedName maskedEmail maskedPhone marketingConsent } } status { audienceSize } } }`;
const SCHEDULE = `mutation($id: ID!, $schedule: String) { updateSchedule(integrationId: $id, schedule: $schedule) { schedule status nextRunAt } }`;

beforeAll(async () => {
  stack = await startIntegrationsStack();
});

afterAll(async () => {
  for (const client of clients) await client.dispose();
  await stack?.stop();
});

beforeEach(async () => {
  stack.simulators.reset();
  owner = await stack.actor('OWNER');
});

const pullOnly = (overrides: Record<string, unknown> = {}) => crmInput(stack, { direction: 'PULL', subscribedEvents: [], mappingRules: { pull: crmInputRules() }, ...overrides });
const crmInputRules = () => (crmInput(stack).mappingRules as { pull: unknown }).pull;

async function syncJob(id: string, args: { first?: number; after?: string } = {}) {
  return (await stack.graphql({ query: JOB, variables: { id, ...args }, token: owner.token })).body.data.integration.syncJob;
}

/** Starts a run and waits for it to end; answers the finished run. */
async function syncAndWait(id: string) {
  const started = await stack.graphql({ query: SYNC_NOW, variables: { id }, token: owner.token });
  if (!started.body.data?.syncNow) throw new Error(JSON.stringify(started.body.errors));
  const runId = started.body.data.syncNow.id;
  return eventually(async () => (await syncJob(id)).runs.nodes.find((run: any) => run.id === runId && run.status !== 'RUNNING'), 20_000);
}

const cursorOf = async (id: string) => (await stack.sql<{ cursor: string | null }>('select cursor from integrations.sync_job where integration_id = ?', [id]))[0]!.cursor;

describe('pull sync', () => {
  it('CRM contacts become the audience (sealed at rest, masked in the API), page by page; the next run reads only what changed', async () => {
    const integration = await addIntegration(stack, owner, pullOnly());
    const first = await syncAndWait(integration.id);
    expect(first).toMatchObject({ trigger: 'MANUAL', status: 'SUCCEEDED', recordsRead: 3, recordsWritten: 3, recordsFailed: 0, errorSummary: null });
    const audience = (await stack.graphql({ query: AUDIENCE, variables: { id: integration.id }, token: owner.token })).body.data.integration;
    expect(audience.status.audienceSize).toBe(3);
    expect(audience.audience.nodes.find((m: any) => m.externalId === 'crm-c-1001')).toEqual({ externalId: 'crm-c-1001', maskedName: '김**', maskedEmail: expect.stringMatching(/^k\*+@example\.com$/), maskedPhone: expect.stringContaining('*'), marketingConsent: true });
    const sealed = await stack.sql<{ record_ciphertext: string }>('select record_ciphertext from integrations.audience_member where integration_id = ?', [integration.id]);
    for (const row of sealed) expect(row.record_ciphertext).not.toMatch(/example\.com|김민지/);
    // Three records at two a page: the cursor is the last contact's change time.
    expect(await cursorOf(integration.id)).toBe(stack.simulators.crm.records.get('crm-c-1003')!.updatedAt);

    stack.simulators.crm.records.upsert('crm-c-1002', { email: 'LEE.JUNHO@EXAMPLE.COM', full_name: '이준호', phone: '010-2000-1002', marketing_opt_in: 'yes' });
    stack.simulators.crm.records.upsert('crm-c-1004', { email: 'new@example.com', full_name: '신규고객', phone: '01020001004', marketing_opt_in: false });
    const second = await syncAndWait(integration.id);
    expect(second).toMatchObject({ status: 'SUCCEEDED', recordsRead: 2, recordsWritten: 2 });
    const members = (await stack.graphql({ query: AUDIENCE, variables: { id: integration.id }, token: owner.token })).body.data.integration.audience.nodes;
    expect(members).toHaveLength(4);
    const paged = await stack.graphql({ query: `query($id: ID!) { integration(id: $id) { audience(first: 3) { nodes { externalId } pageInfo { hasNextPage endCursor } } } }`, variables: { id: integration.id }, token: owner.token });
    const firstPage = paged.body.data.integration.audience;
    // Oldest first: the first run's three (written together, so in id order), then the one added later.
    expect(firstPage.nodes.map((m: any) => m.externalId).sort()).toEqual(['crm-c-1001', 'crm-c-1002', 'crm-c-1003']);
    const rest = await stack.graphql({ query: `query($id: ID!, $after: String) { integration(id: $id) { audience(first: 3, after: $after) { nodes { externalId } pageInfo { hasNextPage } } } }`, variables: { id: integration.id, after: firstPage.pageInfo.endCursor }, token: owner.token });
    expect(rest.body.data.integration.audience).toEqual({ nodes: [{ externalId: 'crm-c-1004' }], pageInfo: { hasNextPage: false } });
    expect(members.find((m: any) => m.externalId === 'crm-c-1002').marketingConsent).toBe(true);
    expect((await syncAndWait(integration.id))).toMatchObject({ status: 'SUCCEEDED', recordsRead: 0 });
    expect(await syncJob(integration.id)).toMatchObject({ status: 'IDLE', lastRunStatus: 'SUCCEEDED' });
  });

  it('records the rules refuse are counted and named (never their content) while the others are written: PARTIAL', async () => {
    stack.simulators.crm.records.upsert('crm-bad-1', { email: 'not-an-email', full_name: '오류', phone: '010-2000-9999' });
    stack.simulators.crm.records.upsert('crm-bad-2', { full_name: '', email: '', phone: 'n/a' });
    const integration = await addIntegration(stack, owner, pullOnly());
    const run = await syncAndWait(integration.id);
    expect(run).toMatchObject({ status: 'PARTIAL', recordsRead: 5, recordsWritten: 3, recordsFailed: 2, errorCode: 'RECORD_INVALID' });
    expect(run.errorSummary).toContain('crm-bad-1: /email must match format "email"');
    expect(run.errorSummary).toContain('crm-bad-2:');
    expect(run.errorSummary).not.toContain('not-an-email');
    expect(await syncJob(integration.id)).toMatchObject({ status: 'IDLE', lastRunStatus: 'PARTIAL' });
  });

  it('a run that fails midway keeps the cursor of its last written page; the next run reads exactly the rest', async () => {
    for (let i = 0; i < 5; i += 1) stack.simulators.crm.records.upsert(`crm-x-${i}`, { email: `x${i}@example.com`, full_name: `고객${i}`, phone: '01020000000' });
    const integration = await addIntegration(stack, owner, pullOnly());
    stack.simulators.faults.set('crm', { latencyMs: 300 });
    const started = (await stack.graphql({ query: SYNC_NOW, variables: { id: integration.id }, token: owner.token })).body.data.syncNow;
    await eventually(async () => ((await syncJob(integration.id)).runs.nodes[0].recordsRead >= 2 ? true : undefined), 10_000, 20);
    stack.simulators.faults.set('crm', { down: true });
    const failed = await eventually(async () => (await syncJob(integration.id)).runs.nodes.find((run: any) => run.id === started.id && run.status === 'FAILED'), 20_000);
    expect(failed).toMatchObject({ errorCode: 'UPSTREAM_UNAVAILABLE', errorSummary: expect.stringContaining('CRM answered HTTP 503') });
    expect(failed.recordsRead).toBeLessThan(8);
    expect(await syncJob(integration.id)).toMatchObject({ status: 'FAILED', lastRunStatus: 'FAILED' });
    const writtenBefore = (await stack.sql<{ n: number }>('select count(*)::int as n from integrations.audience_member where integration_id = ?', [integration.id]))[0]!.n;
    expect(writtenBefore).toBe(failed.recordsWritten);

    stack.simulators.faults.clear('crm');
    const rest = await syncAndWait(integration.id);
    expect(rest).toMatchObject({ status: 'SUCCEEDED' });
    expect(failed.recordsRead + rest.recordsRead).toBe(8);
    expect((await stack.sql<{ n: number }>('select count(*)::int as n from integrations.audience_member where integration_id = ?', [integration.id]))[0]!.n).toBe(8);
  });

  it('a run never overlaps itself: concurrent syncNow start one run, the others are INVALID_STATE', async () => {
    const integration = await addIntegration(stack, owner, pullOnly());
    stack.simulators.faults.set('crm', { latencyMs: 200 });
    const results = await Promise.all([1, 2, 3].map(() => stack.graphql({ query: SYNC_NOW, variables: { id: integration.id }, token: owner.token })));
    expect(results.filter((r) => r.body.data?.syncNow)).toHaveLength(1);
    expect(results.filter((r) => firstError(r).code === 'INVALID_STATE').map((r) => firstError(r).extensions.state)).toEqual(['RUNNING', 'RUNNING']);
    await eventually(async () => ((await syncJob(integration.id)).status === 'IDLE' ? true : undefined), 20_000);
    expect((await syncJob(integration.id)).runs.nodes).toHaveLength(1);
  });

  it('an integration removed during a run: the run ends FAILED and the job stays disabled', async () => {
    const integration = await addIntegration(stack, owner, pullOnly());
    stack.simulators.faults.set('crm', { latencyMs: 300 });
    const started = (await stack.graphql({ query: SYNC_NOW, variables: { id: integration.id }, token: owner.token })).body.data.syncNow;
    expect((await stack.graphql({ query: `mutation($id: ID!) { removeIntegration(id: $id) }`, variables: { id: integration.id }, token: owner.token })).body.data.removeIntegration).toBe(integration.id);
    const run = await eventually(async () => {
      const [row] = await stack.sql<{ status: string }>('select status from integrations.sync_run where id = ?', [started.id]);
      return row!.status === 'RUNNING' ? undefined : row;
    }, 20_000);
    expect(run!.status).not.toBe('RUNNING');
    const [job] = await stack.sql<{ status: string; running_run_id: string | null }>('select status, running_run_id from integrations.sync_job where integration_id = ?', [integration.id]);
    expect(job).toEqual({ status: 'DISABLED', running_run_id: null });
  });

  it('a run left by a dead worker blocks until its lock expires, then the next start takes over and marks it FAILED', async () => {
    const integration = await addIntegration(stack, owner, pullOnly());
    const dead = randomUUID();
    // What a worker that died mid-run leaves behind: a RUNNING run holding the job's lock.
    await stack.sql(`insert into integrations.sync_run (id, integration_id, trigger, status, started_at, records_read, records_written, records_failed) values (?, ?, 'MANUAL', 'RUNNING', now(), 0, 0, 0)`, [dead, integration.id]);
    await stack.sql(`update integrations.sync_job set status = 'RUNNING', running_run_id = ?, locked_until = now() + interval '1 hour' where integration_id = ?`, [dead, integration.id]);
    expect(firstError(await stack.graphql({ query: SYNC_NOW, variables: { id: integration.id }, token: owner.token })).code).toBe('INVALID_STATE');
    await stack.sql(`update integrations.sync_job set locked_until = now() - interval '1 second' where integration_id = ?`, [integration.id]);
    expect(await syncAndWait(integration.id)).toMatchObject({ status: 'SUCCEEDED', recordsRead: 3 });
    const [abandoned] = await stack.sql<{ status: string; error_summary: string }>('select status, error_summary from integrations.sync_run where id = ?', [dead]);
    expect(abandoned).toMatchObject({ status: 'FAILED', error_summary: expect.stringContaining('abandoned') });
  });

  it('syncNow refuses an integration that only pushes, and unknown ids', async () => {
    const pushOnly = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH' }));
    expect(firstError(await stack.graphql({ query: SYNC_NOW, variables: { id: pushOnly.id }, token: owner.token }))).toMatchObject({ code: 'INVALID_STATE' });
    expect(firstError(await stack.graphql({ query: SYNC_NOW, variables: { id: randomUUID() }, token: owner.token })).code).toBe('NOT_FOUND');
    expect(firstError(await stack.graphql({ query: SYNC_NOW, variables: { id: 'not-a-uuid' }, token: owner.token })).code).toBe('NOT_FOUND');
    expect(await stack.sql('select id from integrations.sync_run where integration_id = ?', [pushOnly.id])).toHaveLength(0);
  });

  it('the other systems page their own way: ERP by page number (OAuth2), LMS by offset (Basic), marketing by since-token', async () => {
    for (let i = 0; i < 3; i += 1) {
      stack.simulators.erp.records.upsert(`ERP-CUST-10${i}`, { customerName: `상사${i}`, contactEmail: `erp${i}@example.com`, contactPhone: '01030000009', status: 'A' });
      stack.simulators.lms.records.upsert(`L-60${i}`, { displayName: `학습자${i}`, email: `lms${i}@example.com`, mobile: '+821040000600' });
      stack.simulators.marketing.records.upsert(`mbr_70${i}`, { email_address: `m${i}@example.com`, merge_fields: { FNAME: '하나', LNAME: '김' }, status: 'subscribed' });
    }
    const systems = [
      { type: 'ERP', auth: { oauth2: { clientId: 'erp_client', clientSecret: 'erp_secret' } }, total: 5, rules: { fields: [
        { target: 'name', from: 'customerName' }, { target: 'email', from: 'contactEmail' }, { target: 'phone', from: 'contactPhone', special: 'koreanMobileToE164' },
        { target: 'attributes.active', from: 'status', map: { values: { A: true, I: false } } },
      ] } },
      { type: 'LMS', auth: { basic: { username: 'lms_user', password: 'lms_password' } }, total: 5, rules: { fields: [
        { target: 'name', from: 'displayName' }, { target: 'email', from: 'email' }, { target: 'phone', from: 'mobile' },
      ] } },
      { type: 'MARKETING', auth: { apiKey: { apiKey: 'mkt_test_key' } }, total: 5, rules: { fields: [
        { target: 'email', from: 'email_address' }, { target: 'name', concat: { parts: [{ path: 'merge_fields.LNAME' }, { path: 'merge_fields.FNAME' }] } },
        { target: 'marketingConsent', from: 'status', map: { values: { subscribed: true }, fallback: false } },
      ] } },
    ];
    for (const system of systems) {
      const integration = await addIntegration(stack, owner, {
        type: system.type, name: `${system.type} ${randomUUID()}`, direction: 'PULL', mappingRules: { pull: system.rules },
        connection: { baseUrl: stack.simulators.urlOf(system.type.toLowerCase() as 'erp'), auth: system.auth },
      });
      expect(await syncAndWait(integration.id), system.type).toMatchObject({ status: 'SUCCEEDED', recordsRead: system.total, recordsWritten: system.total });
      expect(await syncAndWait(integration.id), system.type).toMatchObject({ status: 'SUCCEEDED', recordsRead: 0 });
    }
    expect(stack.simulators.erp.tokensIssued).toBe(1);
  });

  it('an ERP token revoked early is replaced once, without failing the run', async () => {
    const integration = await addIntegration(stack, owner, {
      type: 'ERP', name: `ERP ${randomUUID()}`, direction: 'PULL', mappingRules: { pull: { fields: [{ target: 'name', from: 'customerName' }] } },
      connection: { baseUrl: stack.simulators.urlOf('erp'), auth: { oauth2: { clientId: 'erp_client', clientSecret: 'erp_secret' } } },
    });
    expect(await syncAndWait(integration.id)).toMatchObject({ status: 'SUCCEEDED' });
    stack.simulators.erp.revokeTokens();
    stack.simulators.erp.records.upsert('ERP-CUST-0009', { customerName: '새거래처' });
    expect(await syncAndWait(integration.id)).toMatchObject({ status: 'SUCCEEDED', recordsRead: 1 });
    expect(stack.simulators.erp.tokensIssued).toBe(2);
  });
});

describe('schedules', () => {
  it('a schedule starts runs by itself; clearing it stops them; nextRunAt follows every change', async () => {
    const integration = await addIntegration(stack, owner, pullOnly());
    const set = await stack.graphql({ query: SCHEDULE, variables: { id: integration.id, schedule: '*/2 * * * * *' }, token: owner.token });
    expect(set.body.data.updateSchedule).toMatchObject({ schedule: '*/2 * * * * *', status: 'IDLE' });
    expect(new Date(set.body.data.updateSchedule.nextRunAt).getTime() - Date.now()).toBeLessThanOrEqual(2_100);
    const scheduled = await eventually(async () => (await syncJob(integration.id)).runs.nodes.find((run: any) => run.trigger === 'SCHEDULE' && run.status !== 'RUNNING'), 20_000);
    expect(scheduled).toMatchObject({ status: 'SUCCEEDED', recordsRead: 3 });
    const cleared = await stack.graphql({ query: SCHEDULE, variables: { id: integration.id, schedule: null }, token: owner.token });
    expect(cleared.body.data.updateSchedule).toMatchObject({ schedule: null, nextRunAt: null });
    const due = await stack.sql(`select integration_id from integrations.sync_job where integration_id = ? and next_run_at is not null`, [integration.id]);
    expect(due).toHaveLength(0);
  });

  it('refuses invalid schedules and schedules for integrations that do not pull, changing nothing', async () => {
    const integration = await addIntegration(stack, owner, pullOnly({ schedule: '0 * * * *' }));
    for (const schedule of ['nonsense', '* * * * * *', '0 0 31 2 * * *', 'x'.repeat(200)]) {
      expect(firstError(await stack.graphql({ query: SCHEDULE, variables: { id: integration.id, schedule }, token: owner.token })), schedule).toMatchObject({ code: 'BAD_USER_INPUT', extensions: expect.objectContaining({ field: 'schedule' }) });
    }
    expect((await syncJob(integration.id)).schedule).toBe('0 * * * *');
    const pushOnly = await addIntegration(stack, owner, crmInput(stack, { direction: 'PUSH' }));
    expect(firstError(await stack.graphql({ query: SCHEDULE, variables: { id: pushOnly.id, schedule: '0 * * * *' }, token: owner.token })).code).toBe('INVALID_STATE');
  });

  it('concurrent schedule changes leave one of them whole (schedule and next run together)', async () => {
    const integration = await addIntegration(stack, owner, pullOnly());
    const schedules = ['0 9 * * *', '30 18 * * *', '0 0 1 * *'];
    await Promise.all(schedules.map((schedule) => stack.graphql({ query: SCHEDULE, variables: { id: integration.id, schedule }, token: owner.token })));
    const job = await syncJob(integration.id);
    expect(schedules).toContain(job.schedule);
    const expected = { '0 9 * * *': [0, 0], '30 18 * * *': [9, 30], '0 0 1 * *': [15, 0] }[job.schedule as string]!;
    const next = new Date(job.nextRunAt);
    expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual(expected);
  });

  it('run history pages newest first', async () => {
    const integration = await addIntegration(stack, owner, pullOnly());
    const runs = [await syncAndWait(integration.id), await syncAndWait(integration.id), await syncAndWait(integration.id)];
    const page = await syncJob(integration.id, { first: 2 });
    expect(page.runs.nodes.map((run: any) => run.id)).toEqual([runs[2]!.id, runs[1]!.id]);
    const next = await syncJob(integration.id, { first: 2, after: page.runs.pageInfo.endCursor });
    expect(next.runs.nodes.map((run: any) => run.id)).toEqual([runs[0]!.id]);
    expect(next.runs.pageInfo.hasNextPage).toBe(false);
    for (const run of runs) expect(new Date(run.finishedAt).getTime()).toBeGreaterThanOrEqual(new Date(run.startedAt).getTime());
  });
});

describe('syncJobUpdated', () => {
  function subscribe(token: string, integrationId: string) {
    const client = createClient({ url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
    clients.push(client);
    const messages: { data?: any; errors?: any[] }[] = [];
    client.subscribe({ query: `subscription($id: ID!) { syncJobUpdated(integrationId: $id) { integrationId status lastRunStatus runs(first: 1) { nodes { status recordsRead } } } }`, variables: { id: integrationId } }, {
      next: (message) => void messages.push(message as never),
      error: (error) => void messages.push({ errors: [error] }),
      complete: () => {},
    });
    return messages;
  }

  it('streams the job\'s state: first as it is, then through the run to its end', async () => {
    const integration = await addIntegration(stack, owner, pullOnly());
    const messages = subscribe(owner.token, integration.id);
    await eventually(async () => (messages.some((m) => m.data?.syncJobUpdated?.status === 'IDLE') ? true : undefined));
    await syncAndWait(integration.id);
    await eventually(async () => (messages.some((m) => m.data?.syncJobUpdated?.lastRunStatus === 'SUCCEEDED' && m.data.syncJobUpdated.status === 'IDLE') ? true : undefined));
    const states = messages.map((m) => m.data?.syncJobUpdated?.status);
    expect(states[0]).toBe('IDLE');
    expect(states).toContain('RUNNING');
  });

  it('someone else\'s integration cannot be watched', async () => {
    const integration = await addIntegration(stack, owner, pullOnly());
    const stranger = await stack.actor('OWNER');
    const messages = subscribe(stranger.token, integration.id);
    const first = await eventually(async () => messages[0]);
    expect(first.data?.syncJobUpdated ?? null).toBeNull();
    expect(JSON.stringify(first.errors)).toContain('NOT_FOUND');
  });
});
