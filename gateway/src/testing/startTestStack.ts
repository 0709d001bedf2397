import { readFileSync } from 'node:fs';
import {
  composeSupergraph, createAccessTokenIssuer, freePort, startSubgraph,
  type RequestContext, type Role, type RunningSubgraph, type SubgraphDefinition,
} from '@attendgate/platform';
import { createTestEnvironment } from '@attendgate/platform/testing';
import type { SimulatorServer } from '@attendgate/simulators';
import { startGateway, type RunningGateway } from '../startGateway.ts';
import { readGraphQLResponse, type GraphQLResponse } from './graphqlResponse.ts';

/** How long tokens minted by `issueAccessToken` live unless a test says otherwise. */
const TEST_TOKEN_TTL_MS = 15 * 60_000;

export interface GraphQLRequest {
  query: string;
  variables?: object;
  operationName?: string;
  /** An access token; sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
}

export interface TestStack {
  gatewayUrl: string;
  /** The supergraph the gateway serves (composed with the subgraphs' real URLs), to start more gateways on. */
  supergraphSdl: string;
  /** The environment every service of the stack was started with (database, Redis prefix, secrets, URLs). */
  env: Record<string, string>;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph<any>>;
  simulators?: SimulatorServer;
  /** Posts an operation to the gateway, as a client would. */
  graphql<T = any>(request: GraphQLRequest): Promise<GraphQLResponse<T>>;
  /** Stops one subgraph the way its process stops on a deploy or a crash (its sockets close, its port is free). */
  stopSubgraph(name: string): Promise<void>;
  /** Starts a stopped subgraph again on the port it had (a restart); `subgraphs[name]` is the new instance. */
  startSubgraph(name: string): Promise<RunningSubgraph<any>>;
  /** Mints an access token with the stack's signing key, as the users subgraph would after a login. */
  issueAccessToken(subject: { userId: string; role: Role; sessionId?: string; ttlMs?: number }): Promise<string>;
  /** Stops everything and drops the test database and Redis keys. Safe to call twice. */
  stop(): Promise<void>;
}

export interface TestStackOptions {
  subgraphs: SubgraphDefinition<any, any>[];
  /** Extra variables for every service (they win over the generated ones). */
  env?: Record<string, string>;
  /** Start the simulators and point services at them (`TAX_OFFICE_URL`, ...). */
  simulators?: boolean;
  /**
   * The URL the gateway is given for a subgraph (default: the subgraph's own), to put something between them:
   * a proxy that can stall a connection, as a hung network or process would.
   */
  routeTo?: (subgraph: string, url: string) => string | Promise<string>;
}

/**
 * Starts what an integration test needs, isolated per test file: a copy of the migrated template database
 * and a Redis prefix (createTestEnvironment), the simulators when asked, each subgraph on a free port, a
 * supergraph composed from their schema files with their real URLs, and the gateway in front. Requests then
 * go through the gateway exactly as a client's would: signed to subgraphs, token-checked, rate-limited.
 */
export async function startTestStack(options: TestStackOptions): Promise<TestStack> {
  const environment = await createTestEnvironment(options.env);
  const stops: (() => Promise<unknown>)[] = [() => environment.dispose()];
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      for (const step of stops.reverse()) await step().catch(() => {});
    })();
    return stopping;
  };

  try {
    let simulators: SimulatorServer | undefined;
    let simulatorVariables: Record<string, string> = {};
    if (options.simulators) {
      // Loaded only when asked for, so stacks without simulators do not depend on that package at all.
      const { simulatorEnvironment, startSimulators } = await import('@attendgate/simulators');
      const sims = await startSimulators();
      simulators = sims;
      simulatorVariables = simulatorEnvironment(sims);
      stops.push(() => sims.close());
    }
    // The gateway's port is chosen first so that links the subgraphs mint (PUBLIC_URL) point at it.
    const gatewayPort = await freePort();
    const env: Record<string, string> = { PUBLIC_URL: `http://127.0.0.1:${gatewayPort}`, ...environment.env, ...simulatorVariables, ...options.env };

    const subgraphs: Record<string, RunningSubgraph<RequestContext>> = {};
    const definitions = new Map(options.subgraphs.map((definition) => [definition.name, definition]));
    const start = async (name: string, port: number) => {
      const subgraph = await startSubgraph(definitions.get(name)!, { env, port });
      subgraphs[name] = subgraph;
      stops.push(() => subgraph.stop());
      return subgraph;
    };
    for (const definition of options.subgraphs) await start(definition.name, 0);
    const known = (name: string) => {
      const subgraph = subgraphs[name];
      if (!subgraph) throw new Error(`no subgraph ${name} in this stack`);
      return subgraph;
    };
    const routes = await Promise.all(options.subgraphs.map(async (definition) => {
      const url = subgraphs[definition.name]!.url;
      return options.routeTo ? options.routeTo(definition.name, url) : url;
    }));
    const { supergraphSdl } = composeSupergraph(
      options.subgraphs.map((definition, i) => ({
        name: definition.name,
        url: routes[i]!,
        typeDefs: readFileSync(definition.schemaFile, 'utf8'),
      })),
    );
    const gateway = await startGateway({ env, port: gatewayPort, supergraphSdl });
    stops.push(() => gateway.stop());

    const issue = (ttlMs: number) =>
      createAccessTokenIssuer(env.JWT_PRIVATE_KEY!, { issuer: gateway.runtime.config.JWT_ISSUER, audience: gateway.runtime.config.JWT_AUDIENCE, ttlMs });

    return {
      gatewayUrl: gateway.url,
      supergraphSdl,
      env,
      gateway,
      subgraphs,
      ...(simulators ? { simulators } : {}),
      async graphql(request) {
        const headers: Record<string, string> = { 'content-type': 'application/json', ...request.headers };
        if (request.token) headers.authorization = `Bearer ${request.token}`;
        const { query, variables, operationName } = request;
        const response = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query, variables, operationName }) });
        return readGraphQLResponse(response);
      },
      stopSubgraph: (name) => known(name).stop(),
      // The port is free again once the old instance stopped (Node listens with SO_REUSEADDR).
      startSubgraph: (name) => start(name, known(name).port),
      async issueAccessToken({ userId, role, sessionId = `session-${userId}`, ttlMs = TEST_TOKEN_TTL_MS }) {
        return (await issue(ttlMs)({ userId, role, sessionId })).token;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
