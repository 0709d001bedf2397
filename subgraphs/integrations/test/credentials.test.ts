import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIntegration, crmInput, eventually, INTEGRATION_FIELDS, startIntegrationsStack, type Actor, type IntegrationsStack } from './support/stack.ts';

let stack: IntegrationsStack;
let owner: Actor;

/** Secrets that must appear nowhere but in the external system's requests. */
const SECRETS = { apiKey: `crm-secret-${randomUUID()}`, clientSecret: `erp-secret-${randomUUID()}`, password: `lms-pass-${randomUUID()}` };

beforeAll(async () => {
  // Everything logged, the ORM's queries included, so a secret anywhere in a log line is seen.
  stack = await startIntegrationsStack({ LOG_LEVEL: 'debug' });
  owner = await stack.actor('OWNER');
  stack.simulators.crm.apiKeys.add(SECRETS.apiKey);
  stack.simulators.erp.clients.set('erp_client_leak', SECRETS.clientSecret);
  stack.simulators.lms.users.set('lms_leak', SECRETS.password);
});

afterAll(async () => {
  await stack?.stop();
});

describe('credentials never leak', () => {
  it('through any answer of the API or any log line, whatever succeeds or fails', async () => {
    const crm = await addIntegration(stack, owner, crmInput(stack, { connection: { baseUrl: stack.simulators.urlOf('crm'), auth: { apiKey: { apiKey: SECRETS.apiKey } } } }));
    const erp = await addIntegration(stack, owner, {
      type: 'ERP', name: 'ERP leak', direction: 'PULL', mappingRules: { pull: { fields: [{ target: 'name', from: 'customerName' }] } },
      connection: { baseUrl: stack.simulators.urlOf('erp'), auth: { oauth2: { clientId: 'erp_client_leak', clientSecret: SECRETS.clientSecret } } },
    });
    const lms = await addIntegration(stack, owner, {
      type: 'LMS', name: 'LMS leak', direction: 'PULL', mappingRules: { pull: { fields: [{ target: 'name', from: 'displayName' }] } },
      connection: { baseUrl: stack.simulators.urlOf('lms'), auth: { basic: { username: 'lms_leak', password: SECRETS.password } } },
    });
    const answers: unknown[] = [crm, erp, lms];
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const result = await stack.graphql({ query, variables, token: owner.token });
      answers.push(result.body);
      return result;
    };
    for (const { id } of [crm, erp, lms]) {
      await ask(`mutation($id: ID!) { testConnection(id: $id) { ok code message } }`, { id });
      await ask(`mutation($id: ID!) { syncNow(integrationId: $id) { id } }`, { id });
    }
    await eventually(async () => {
      const running = await stack.sql<{ n: number }>(`select count(*)::int as n from integrations.sync_run where status = 'RUNNING'`);
      return running[0]!.n === 0 ? true : undefined;
    });
    // Failures too: wrong credentials and a system that is down are answered and logged.
    stack.simulators.faults.set('erp', { down: true });
    await ask(`mutation($id: ID!) { testConnection(id: $id) { ok code message } }`, { id: erp.id });
    stack.simulators.faults.clear('erp');
    stack.simulators.crm.apiKeys.delete(SECRETS.apiKey);
    await ask(`mutation($id: ID!) { testConnection(id: $id) { ok code message } }`, { id: crm.id });
    await ask(`mutation($id: ID!, $input: ConfigureIntegrationInput!) { configureIntegration(id: $id, input: $input) { ${INTEGRATION_FIELDS} } }`, {
      id: lms.id, input: { connection: { baseUrl: 'not a url', auth: { basic: { username: 'lms_leak', password: SECRETS.password } } } },
    });
    await ask(`query { integrations { nodes { ${INTEGRATION_FIELDS} status { health lastTestCode lastRun { errorSummary } } } } }`, {});

    // A failing pull logs the system's error (status, body) at warn: it must carry no credential either.
    stack.simulators.faults.set('lms', { down: true });
    await ask(`mutation($id: ID!) { syncNow(integrationId: $id) { id } }`, { id: lms.id });
    await eventually(async () => (stack.logLines.some((line) => line.includes('pull run failed')) ? true : undefined));
    stack.simulators.faults.clear('lms');

    const everything = JSON.stringify(answers) + stack.logLines.join('');
    expect(stack.logLines.filter((line) => line.includes('integration added'))).toHaveLength(3);
    for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
    // Nor any Basic or Bearer header built from them.
    expect(everything).not.toContain(Buffer.from(`lms_leak:${SECRETS.password}`).toString('base64'));
    expect(everything).not.toMatch(/erp_at_[A-Za-z0-9_-]{10,}/);
    // And nowhere in our tables in the clear.
    const dump = JSON.stringify(await stack.sql(`select * from integrations.integration`)) + JSON.stringify(await stack.sql(`select data from pgboss.job where name like 'integrations.%'`));
    for (const secret of Object.values(SECRETS)) expect(dump).not.toContain(secret);
  });
});
