/**
 * Benchmark: what the gateway hop costs, for `me` (an authenticated query answered by the users subgraph).
 *
 * Three targets in one run, each a separate process so CPU time is measured per process:
 * - direct: the users subgraph itself (the load generator signs each request as the gateway would);
 * - ours: our gateway (JWT verification, revoked-session check and rate limit in Redis, query limits,
 *   error masking, keep-alive signed subgraph calls);
 * - plain: a stock @apollo/gateway with the default data source (see plainGateway.ts).
 * Rounds alternate between targets so that machine noise hits all three alike; figures are medians over
 * rounds, and the verdict is a ratio within the run, never an absolute time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  composeSupergraph, createLogger, freePort, migrateSubgraph, signRequest,
} from '@attendgate/platform';
import users from '@attendgate/users';
import { createBenchEnvironment } from './lib/benchEnvironment.ts';
import { runLoad, type LoadResult } from './lib/load.ts';
import { startService, type ServiceProcess } from './lib/processes.ts';
import { environmentLine, writeReport } from './lib/report.ts';
import { percentile, round, summariseRounds } from './lib/stats.ts';

const REQUESTS_PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARMUP_REQUESTS = 500;
const ME_QUERY = JSON.stringify({ query: '{ me { id name role email } }' });

type Target = 'direct' | 'ours' | 'plain';
interface Round {
  target: Target;
  p50Ms: number;
  p99Ms: number;
  throughputPerSecond: number;
  gatewayCpuMsPerRequest: number;
  subgraphCpuMsPerRequest: number;
  errors: number;
}

const logger = createLogger({ service: 'bench', level: 'warn' });
const bench = await createBenchEnvironment();
const { env: common, secrets, workDir } = bench;
const services: ServiceProcess[] = [];

try {
  await migrateSubgraph(users, { DATABASE_URL: bench.databaseUrl }, logger);

  const usersPort = await freePort();
  const usersUrl = `http://127.0.0.1:${usersPort}/graphql`;
  const subgraph = await startService('subgraphs/users/src/main.ts', { ...common, USERS_PORT: String(usersPort), USERS_ARGON2_MEMORY_KIB: '19456' }, `http://127.0.0.1:${usersPort}/readyz`);
  services.push(subgraph);

  const supergraphFile = path.join(workDir, 'supergraph.graphql');
  fs.writeFileSync(supergraphFile, composeSupergraph([{ name: 'users', url: usersUrl, typeDefs: fs.readFileSync(users.schemaFile, 'utf8') }]).supergraphSdl);

  const oursPort = await freePort();
  const ours = await startService('gateway/src/main.ts', { ...common, GATEWAY_PORT: String(oursPort), SUPERGRAPH_FILE: supergraphFile, GATEWAY_RATE_LIMIT_PER_MINUTE: '1000000000' }, `http://127.0.0.1:${oursPort}/readyz`);
  services.push(ours);
  const plainPort = await freePort();
  const plain = await startService('bench/src/plainGateway.ts', { PLAIN_GATEWAY_PORT: String(plainPort), SUPERGRAPH_FILE: supergraphFile, SUBGRAPH_SIGNING_SECRET: secrets.SUBGRAPH_SIGNING_SECRET }, `http://127.0.0.1:${plainPort}/`);
  services.push(plain);

  const token = await signUpBenchUser(`http://127.0.0.1:${oursPort}/graphql`);
  const authorization = `Bearer ${token}`;
  const targets: Record<Target, { url: string; process: ServiceProcess | null; headers: () => Record<string, string> }> = {
    direct: { url: usersUrl, process: null, headers: () => ({ authorization, ...signRequest(secrets.SUBGRAPH_SIGNING_SECRET, ME_QUERY, authorization) }) },
    ours: { url: `http://127.0.0.1:${oursPort}/graphql`, process: ours, headers: () => ({ authorization }) },
    plain: { url: `http://127.0.0.1:${plainPort}/`, process: plain, headers: () => ({ authorization, 'apollo-require-preflight': 'true' }) },
  };

  for (const target of Object.values(targets)) {
    await runLoad({ url: target.url, headers: target.headers, body: ME_QUERY, requests: WARMUP_REQUESTS, concurrency: CONCURRENCY });
  }
  const rounds: Round[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of ['direct', 'ours', 'plain'] as const) {
      const target = targets[name];
      const gatewayCpuBefore = target.process?.cpuMs() ?? 0;
      const subgraphCpuBefore = subgraph.cpuMs();
      const result: LoadResult = await runLoad({ url: target.url, headers: target.headers, body: ME_QUERY, requests: REQUESTS_PER_ROUND, concurrency: CONCURRENCY });
      rounds.push({
        target: name,
        p50Ms: percentile(result.latenciesMs, 50),
        p99Ms: percentile(result.latenciesMs, 99),
        throughputPerSecond: (result.requests * 1000) / result.wallMs,
        gatewayCpuMsPerRequest: ((target.process?.cpuMs() ?? 0) - gatewayCpuBefore) / result.requests,
        subgraphCpuMsPerRequest: (subgraph.cpuMs() - subgraphCpuBefore) / result.requests,
        errors: result.errors,
      });
    }
  }

  const summary = summariseRounds(rounds, ['direct', 'ours', 'plain'] as const);

  const cpuRatio = summary.ours.gatewayCpuMsPerRequest / summary.plain.gatewayCpuMsPerRequest;
  const p50Ratio = summary.ours.p50Ms / summary.plain.p50Ms;
  const row = (name: Target, label: string) => {
    const s = summary[name];
    const gatewayCpu = name === 'direct' ? '—' : round(s.gatewayCpuMsPerRequest, 3);
    return `| ${label} | ${round(s.p50Ms)} | ${round(s.p99Ms)} | ${Math.round(s.throughputPerSecond)} | ${gatewayCpu} | ${round(s.subgraphCpuMsPerRequest, 3)} | ${s.errors} |`;
  };
  const markdown = `## Gateway hop (\`npm run bench -- gateway-hop\`)

\`me\` (authenticated) answered by the users subgraph; ${ROUNDS} alternating rounds of ${REQUESTS_PER_ROUND} requests, ${CONCURRENCY} in flight, medians over rounds. Every service is its own process; CPU is user+system time from /proc.
Run: ${environmentLine()}.

| target | p50 ms | p99 ms | req/s | gateway CPU ms/req | subgraph CPU ms/req | errors |
| --- | --- | --- | --- | --- | --- | --- |
${row('direct', 'users subgraph directly (signed by the client)')}
${row('ours', 'through our gateway')}
${row('plain', 'through a plain @apollo/gateway (+ signing)')}

- Our gateway's CPU per request is **${round(cpuRatio, 2)}×** the plain gateway's (goal: ≤ 1.0); p50 latency ratio ours/plain **${round(p50Ratio, 2)}×**.
- Hop cost over going direct: p50 +${round(summary.ours.p50Ms - summary.direct.p50Ms)} ms through ours, +${round(summary.plain.p50Ms - summary.direct.p50Ms)} ms through plain.
`;
  writeReport('gateway-hop', markdown, { environment: environmentLine(), rounds, summary, cpuRatio, p50Ratio });
  process.stdout.write(markdown);
} finally {
  for (const service of services.reverse()) await service.stop();
  await bench.dispose();
}

async function signUpBenchUser(gatewayUrl: string): Promise<string> {
  const suffix = randomBytes(4).toString('hex');
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      variables: { input: { email: `bench-${suffix}@example.com`, password: `bench-password-${suffix}`, name: '벤치', phone: `010${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, role: 'CUSTOMER' } },
    }),
  });
  const body = (await response.json()) as { data?: { signUp?: { accessToken: string } }; errors?: unknown };
  if (!body.data?.signUp) throw new Error(`bench sign-up failed: ${JSON.stringify(body.errors)}`);
  return body.data.signUp.accessToken;
}
