import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph } from '@attendgate/platform';
import { startGateway, type RunningGateway } from '../../src/index.ts';
import type { TestStack } from '../../src/testing/index.ts';
import { readingsSubgraph } from '../fixtures/federation/readings/readingsSubgraph.ts';
import { sensorsSubgraph } from '../fixtures/federation/sensors/sensorsSubgraph.ts';
import { sitesSubgraph } from '../fixtures/federation/sites/sitesSubgraph.ts';
import { fieldNamesOf } from '../helpers.ts';
import { collect, gatewayClient, metric, publishReading, startFederationStack, until } from './support.ts';

let stack: TestStack;
let workDir: string;
beforeAll(async () => {
  stack = await startFederationStack();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attendgate-lifecycle-'));
});
afterAll(async () => {
  await stack?.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** The stack's supergraph with one more field on Site, as `npm run compose` writes it after a schema change. */
function changedSupergraph(): string {
  return composeSupergraph(
    [readingsSubgraph, sensorsSubgraph, sitesSubgraph].map((definition) => {
      const typeDefs = fs.readFileSync(definition.schemaFile, 'utf8');
      return {
        name: definition.name,
        url: stack.subgraphs[definition.name]!.url,
        typeDefs: definition === sitesSubgraph ? typeDefs.replace('city: String!', 'city: String!\n  country: String') : typeDefs,
      };
    }),
  ).supergraphSdl;
}

const siteFields = (gateway: RunningGateway) => fieldNamesOf(gateway.url, 'Site');

/** Subscribes and waits until the upstream subscription is open and the subgraph listens on the bus. */
async function subscribed(gateway: { gatewayUrl: string }, client: ReturnType<typeof gatewayClient>, sensorId: string) {
  const stream = collect(client, { query: `subscription { readingAdded(sensorId: "${sensorId}") { value sensor { name } } }` });
  await until(async () => (await metric(gateway, 'ag_gateway_upstream_subscriptions_active')) === 1);
  await until(async () => {
    await publishReading(stack, sensorId, 1);
    await new Promise((r) => setTimeout(r, 50));
    return stream.events.length > 0;
  });
  return stream;
}

describe('a schema reload', () => {
  it('ends active subscriptions with SUBSCRIPTION_SCHEMA_RELOAD, and a subscription made after it works on the new schema', async () => {
    const file = path.join(workDir, 'supergraph.graphql');
    fs.writeFileSync(file, stack.supergraphSdl);
    // Outside production the gateway watches its supergraph file (what `npm run compose` rewrites).
    const gateway = await startGateway({ env: { ...stack.env, SUPERGRAPH_FILE: file }, port: 0 });
    const target = { gatewayUrl: gateway.url };
    const client = gatewayClient(target);
    try {
      const before = await subscribed(target, client, 'reload');
      expect(await siteFields(gateway)).not.toContain('country');

      fs.writeFileSync(file, changedSupergraph());
      await until(() => before.completed || before.failure !== undefined);
      expect(before.failure).toBeUndefined();
      expect(before.events.at(-1)).toEqual({
        errors: [{ message: 'The API schema changed; subscribe again.', extensions: { code: 'SUBSCRIPTION_SCHEMA_RELOAD' } }],
      });
      expect(await siteFields(gateway)).toContain('country');
      await until(async () => (await metric(target, 'ag_gateway_upstream_subscriptions_active')) === 0);

      const after = await subscribed(target, client, 'reload');
      await publishReading(stack, 'reload', 2);
      await until(() => after.events.some((event) => event.data?.readingAdded.value === 2));
      expect(after.events.every((event) => event.errors === undefined)).toBe(true);
      expect(after.completed).toBe(false);
      after.dispose();
    } finally {
      await client.dispose();
      await gateway.stop();
    }
  });
});

describe('shutdown', () => {
  it('closes client sockets with 1001 (going away) and their subscriptions with them', async () => {
    const gateway = await startGateway({ env: stack.env, port: 0, supergraphSdl: stack.supergraphSdl });
    const target = { gatewayUrl: gateway.url };
    const closes: number[] = [];
    const client = gatewayClient(target, undefined, { on: { closed: (event) => void closes.push((event as { code: number }).code) } });
    const stream = await subscribed(target, client, 'shutdown');
    await gateway.stop();
    await until(() => closes.length > 0);
    expect(closes).toEqual([1001]);
    // The client was told the server is going away; the subscription is over (graphql-ws reports it as an error).
    await until(() => stream.failure !== undefined || stream.completed);
    await client.dispose();
  });
});
