import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { composeSupergraph, createAccessTokenIssuer, createLogger, freePort, migrateSubgraph } from '@attendgate/platform';
import { simulatorEnvironment, startSimulators, type SimulatorServer } from '@attendgate/simulators';
import events from '@attendgate/events';
import users from '@attendgate/users';
import { createBenchEnvironment } from './benchEnvironment.ts';
import { startService, type ServiceProcess } from './processes.ts';

export interface EventsSystem {
  gatewayUrl: string;
  databaseUrl: string;
  sims: SimulatorServer;
  events: ServiceProcess;
  gateway: ServiceProcess;
  /** A token of a fresh shop owner. */
  ownerToken(): Promise<string>;
  /** Posts one operation to the gateway and returns `data`, failing on errors. */
  graphql(token: string, query: string, variables?: Record<string, unknown>): Promise<any>;
  stop(): Promise<void>;
}

/**
 * The events benchmarks' system: a scratch database, the simulators (in this process), the events
 * subgraph and the gateway each as its own process (so CPU and latency are the services', not the load
 * generator's), production mode, real Redis.
 */
export async function startEventsSystem(extraEnv: Record<string, string> = {}): Promise<EventsSystem> {
  const logger = createLogger({ service: 'bench', level: 'warn' });
  const bench = await createBenchEnvironment();
  const { secrets, workDir } = bench;
  const services: ServiceProcess[] = [];
  const sims = await startSimulators();
  try {
    for (const definition of [users, events]) await migrateSubgraph(definition, { DATABASE_URL: bench.databaseUrl }, logger);
    const [eventsPort, gatewayPort] = [await freePort(), await freePort()];
    const common = { ...bench.env, PUBLIC_URL: `http://127.0.0.1:${gatewayPort}`, ...simulatorEnvironment(sims), ...extraEnv };
    const eventsProcess = await startService('subgraphs/events/src/main.ts', { ...common, EVENTS_PORT: String(eventsPort) }, `http://127.0.0.1:${eventsPort}/readyz`);
    services.push(eventsProcess);
    const supergraphFile = path.join(workDir, 'supergraph.graphql');
    // users is in the supergraph (Event.owner refers to it) but not running: no benchmarked operation reaches it.
    fs.writeFileSync(supergraphFile, composeSupergraph([
      { name: 'users', url: 'http://127.0.0.1:9/graphql', typeDefs: fs.readFileSync(users.schemaFile, 'utf8') },
      { name: 'events', url: `http://127.0.0.1:${eventsPort}/graphql`, typeDefs: fs.readFileSync(events.schemaFile, 'utf8') },
    ]).supergraphSdl);
    const gateway = await startService('gateway/src/main.ts', { ...common, GATEWAY_PORT: String(gatewayPort), SUPERGRAPH_FILE: supergraphFile, GATEWAY_RATE_LIMIT_PER_MINUTE: '0' }, `http://127.0.0.1:${gatewayPort}/readyz`);
    services.push(gateway);
    const issue = createAccessTokenIssuer(secrets.JWT_PRIVATE_KEY, { issuer: 'attendgate', audience: 'attendgate-api', ttlMs: 3_600_000 });
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    return {
      gatewayUrl, databaseUrl: bench.databaseUrl, sims, events: eventsProcess, gateway,
      ownerToken: async () => (await issue({ userId: randomUUID(), role: 'OWNER', sessionId: randomUUID() })).token,
      async graphql(token, query, variables = {}) {
        const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
        const body = (await response.json()) as { data?: any; errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return body.data;
      },
      async stop() {
        for (const service of services.reverse()) await service.stop();
        await sims.close();
        await bench.dispose();
      },
    };
  } catch (error) {
    for (const service of services.reverse()) await service.stop();
    await sims.close();
    await bench.dispose();
    throw error;
  }
}
