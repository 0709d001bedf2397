/**
 * Benchmark: check-ins through the gateway (a stadium's opening minutes).
 *
 * One venue with 100 gates (a beacon each), one live event, participants' entries and their passes made in
 * the database and minted with the run's keys (as the gates subgraph would issue them). Every check-in is
 * the full path a phone takes: gateway (token, rate limit, signing) → gates subgraph (pass MAC, one read,
 * proximity maths, one transaction with the presence upsert, attendance, CheckedIn to two subscribed
 * consumer queues and the venue's occupancy guard) → an OPEN pulse over MQTT to the simulated controller,
 * which acknowledges it. Each pass is presented once.
 *
 * Rounds alternate with a baseline through the same gateway and subgraph: a one-row read (`gate(id)`), so
 * the check-in's cost is also given as a ratio to the cheapest request the same processes serve. At the end
 * the venue's occupancy must equal the number of admitted check-ins, and so must the attendance rows and the
 * credentials inside.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  brokerAnswers, composeSupergraph, createAccessTokenIssuer, createBlindIndex, createJobQueue, createLogger, createOrm, freePort, migrateSubgraph, startEmbeddedMqttBroker,
  subscribeDomainEventConsumer, type EmbeddedMqttBroker,
} from '@attendgate/platform';
import gates from '@attendgate/gates';
import { encodePass } from '../../subgraphs/gates/src/domain/gatePass.ts';
import { PASS_MAC_PURPOSE } from '../../subgraphs/gates/src/services/credentials.ts';
import { createSlots } from '../../subgraphs/gates/src/services/occupancy.ts';
import { createBenchEnvironment } from './lib/benchEnvironment.ts';
import { runLoad, type LoadResult } from './lib/load.ts';
import { commandCpuMs, machineCpuMs, startService, type ServiceProcess } from './lib/processes.ts';
import { environmentLine, writeReport } from './lib/report.ts';
import { median, percentile, round } from './lib/stats.ts';

const GATES = Number(process.env.BENCH_GATES ?? 100);
const CHECK_INS_PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 3_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const WARMUP = 1_000;
const USERS = 500;
/** The gates subgraph's default (GATES_OCCUPANCY_SLOTS). */
const OCCUPANCY_SLOTS = Number(process.env.GATES_OCCUPANCY_SLOTS ?? 16);
/** The goal of issue 7 (a 50,000-person stadium through 100 gates in 30 minutes needs about 28/s). */
const GOAL_PER_SECOND = 500;
const BEACON_UUID = 'f7826da6-4fa2-4e98-8024-bc5b71e0893e';
const CENTRE = { lat: 37.5683, lng: 126.8973 };
/** The machine's Mosquitto (platform-notes); without one, an embedded broker. */
const LOCAL_BROKER = 'mqtt://127.0.0.1:1883';

const CHECK_IN = 'mutation($input: CheckInInput!) { checkIn(input: $input) { direction openSignalSent } }';
const BASELINE = 'query($id: ID!) { gate(id: $id) { id name direction } }';

type Target = 'baseline' | 'checkIn';
interface Round {
  target: Target;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  gatewayCpuMsPerRequest: number;
  gatesCpuMsPerRequest: number;
  simulatorsCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  loadGeneratorCpuMsPerRequest: number;
  /** Every process of the machine, load generator and broker included. */
  machineCpuMsPerRequest: number;
  errors: number;
}

const logger = createLogger({ service: 'bench', level: 'warn' });
const bench = await createBenchEnvironment();
const { env: common, secrets, workDir } = bench;
const services: ServiceProcess[] = [];
let embedded: EmbeddedMqttBroker | undefined;

try {
  await migrateSubgraph(gates, { DATABASE_URL: bench.databaseUrl }, logger);
  const mqttUrl = process.env.MQTT_URL ?? ((await brokerAnswers(LOCAL_BROKER)) ? LOCAL_BROKER : (embedded = await startEmbeddedMqttBroker()).url);
  const topicRoot = `bench/${randomBytes(4).toString('hex')}`;
  const env = { ...common, GATES_MQTT_URL: mqttUrl, MQTT_URL: mqttUrl, GATES_MQTT_TOPIC_ROOT: topicRoot, GATES_LIVE_OCCUPANCY_INTERVAL_MS: '250' };

  // The data: venue, gates and beacons, the event, and every participant's entry.
  const total = WARMUP + ROUNDS * CHECK_INS_PER_ROUND;
  const seeded = await seed(total);

  const simulatorsPort = await freePort();
  const simulators = await startService('simulators/src/main.ts', { ...env, SIMULATORS_PORT: String(simulatorsPort) }, `http://127.0.0.1:${simulatorsPort}/healthz`);
  services.push(simulators);
  const gatesPort = await freePort();
  const gatesService = await startService('subgraphs/gates/src/main.ts', { ...env, GATES_PORT: String(gatesPort), MESSAGING_URL: `http://127.0.0.1:${simulatorsPort}/messaging` }, `http://127.0.0.1:${gatesPort}/readyz`);
  services.push(gatesService);
  await waitFor(async () => ((await (await fetch(`http://127.0.0.1:${simulatorsPort}/gate-controller/gates`)).json()) as { gates: unknown[] }).gates.length >= GATES, 'the simulated controllers to receive their configurations');

  const supergraphFile = path.join(workDir, 'supergraph.graphql');
  fs.writeFileSync(supergraphFile, composeSupergraph([{ name: 'gates', url: `http://127.0.0.1:${gatesPort}/graphql`, typeDefs: fs.readFileSync(gates.schemaFile, 'utf8') }]).supergraphSdl);
  const gatewayPort = await freePort();
  const gateway = await startService('gateway/src/main.ts', { ...common, GATEWAY_PORT: String(gatewayPort), SUPERGRAPH_FILE: supergraphFile, GATEWAY_RATE_LIMIT_PER_MINUTE: '0' }, `http://127.0.0.1:${gatewayPort}/readyz`);
  services.push(gateway);
  const url = `http://127.0.0.1:${gatewayPort}/graphql`;

  const issue = createAccessTokenIssuer(secrets.JWT_PRIVATE_KEY, { issuer: 'attendgate', audience: 'attendgate-api', ttlMs: 3_600_000 });
  const tokens = await Promise.all(Array.from({ length: USERS }, async () => `Bearer ${(await issue({ userId: randomUUID(), role: 'CUSTOMER', sessionId: randomUUID() })).token}`));
  const mac = (message: string) => createBlindIndex(Buffer.from(secrets.BLIND_INDEX_KEY, 'base64'))(PASS_MAC_PURPOSE, message);
  const passes = seeded.participations.map((participationId) => encodePass({ kind: 'PARTICIPANT', credentialId: participationId, eventId: seeded.eventId }, mac));

  let used = 0;
  /** The body of the next check-in: the next unused pass, at the next gate, with that gate's beacon heard at 1–2 m. */
  const checkInBody = () => {
    const index = used++;
    const gate = seeded.gates[index % seeded.gates.length]!;
    const reading = { uuid: BEACON_UUID, major: 1, minor: gate.minor, rssi: -62 };
    return JSON.stringify({
      query: CHECK_IN,
      variables: { input: { eventId: seeded.eventId, gateId: gate.id, credential: passes[index], location: { ...CENTRE, accuracy: 10 }, beacons: [reading, { ...reading, rssi: -64 }, { ...reading, rssi: -61 }] } },
    });
  };
  const baselineBody = JSON.stringify({ query: BASELINE, variables: { id: seeded.gates[0]!.id } });
  const headers = (index: number) => ({ authorization: tokens[index % tokens.length]! });

  let admitted = 0;
  const load = async (target: Target, requests: number): Promise<LoadResult> => {
    const result = await runLoad({ url, headers, body: target === 'checkIn' ? checkInBody : baselineBody, requests, concurrency: CONCURRENCY });
    if (target === 'checkIn') admitted += result.requests - result.errors;
    return result;
  };
  await load('baseline', WARMUP);
  await load('checkIn', WARMUP);

  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const target of ['baseline', 'checkIn'] as const) {
      const gatewayBefore = gateway.cpuMs();
      const gatesBefore = gatesService.cpuMs();
      const simulatorsBefore = simulators.cpuMs();
      const postgresBefore = commandCpuMs('postgres');
      const machineBefore = machineCpuMs();
      const loadGeneratorBefore = process.cpuUsage();
      const result = await load(target, CHECK_INS_PER_ROUND);
      rounds.push({
        target,
        p50Ms: percentile(result.latenciesMs, 50),
        p99Ms: percentile(result.latenciesMs, 99),
        perSecond: (result.requests * 1000) / result.wallMs,
        gatewayCpuMsPerRequest: (gateway.cpuMs() - gatewayBefore) / result.requests,
        gatesCpuMsPerRequest: (gatesService.cpuMs() - gatesBefore) / result.requests,
        simulatorsCpuMsPerRequest: (simulators.cpuMs() - simulatorsBefore) / result.requests,
        postgresCpuMsPerRequest: (commandCpuMs('postgres') - postgresBefore) / result.requests,
        loadGeneratorCpuMsPerRequest: cpuMsSince(loadGeneratorBefore) / result.requests,
        machineCpuMsPerRequest: (machineCpuMs() - machineBefore) / result.requests,
        errors: result.errors,
      });
    }
  }
  const exact = await occupancyCheck(seeded.venueId, seeded.eventId, admitted);

  const summary = Object.fromEntries((['baseline', 'checkIn'] as const).map((target) => {
    const mine = rounds.filter((r) => r.target === target);
    return [target, {
      p50Ms: median(mine.map((r) => r.p50Ms)), p99Ms: median(mine.map((r) => r.p99Ms)), perSecond: median(mine.map((r) => r.perSecond)),
      gatewayCpuMsPerRequest: median(mine.map((r) => r.gatewayCpuMsPerRequest)), gatesCpuMsPerRequest: median(mine.map((r) => r.gatesCpuMsPerRequest)),
      simulatorsCpuMsPerRequest: median(mine.map((r) => r.simulatorsCpuMsPerRequest)), postgresCpuMsPerRequest: median(mine.map((r) => r.postgresCpuMsPerRequest)),
      loadGeneratorCpuMsPerRequest: median(mine.map((r) => r.loadGeneratorCpuMsPerRequest)), machineCpuMsPerRequest: median(mine.map((r) => r.machineCpuMsPerRequest)),
      errors: mine.reduce((sum, r) => sum + r.errors, 0),
    }];
  })) as Record<Target, Omit<Round, 'target'>>;
  const row = (target: Target, label: string) => {
    const s = summary[target];
    return `| ${label} | ${Math.round(s.perSecond)} | ${round(s.p50Ms)} | ${round(s.p99Ms)} | ${round(s.gatewayCpuMsPerRequest, 3)} | ${round(s.gatesCpuMsPerRequest, 3)} | ${round(s.simulatorsCpuMsPerRequest, 3)} | ${round(s.postgresCpuMsPerRequest, 3)} | ${round(s.loadGeneratorCpuMsPerRequest, 3)} | ${round(s.machineCpuMsPerRequest, 3)} | ${s.errors} |`;
  };
  const checkIns = summary.checkIn;
  const markdown = `## Gate check-ins (\`npm run bench -- check-ins\`)

Check-ins through the gateway at one venue with ${GATES} gates; each request presents a new participant's pass with a GPS fix and three beacon readings, and is admitted: pass MAC, one read, proximity, a transaction shared with the check-ins arriving together (group commit: presence, attendance, occupancy guard; CheckedIn to two subscribed queues published once per batch), then the OPEN pulse over MQTT, acknowledged by the simulated controller. ${ROUNDS} alternating rounds of ${CHECK_INS_PER_ROUND} requests, ${CONCURRENCY} in flight, medians over rounds; the baseline is a one-row read (\`gate(id)\`) through the same processes. Gateway, gates subgraph and simulators are each their own process; CPU is user+system time from /proc: per process, PostgreSQL's as the sum of its processes, and the machine's from /proc/stat (every process: load generator, broker and kernel included; ${os.cpus().length} cores give ${os.cpus().length * 1000} ms of CPU per second).
Run: ${environmentLine()}.

| request | req/s | p50 ms | p99 ms | gateway CPU ms/req | gates CPU ms/req | simulators CPU ms/req | PostgreSQL CPU ms/req | load generator CPU ms/req | machine CPU ms/req | errors |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${row('baseline', 'baseline: gate(id) read')}
${row('checkIn', 'checkIn (admitted)')}

- Sustained **${Math.round(checkIns.perSecond)} check-ins/s** (goal: ≥ ${GOAL_PER_SECOND}/s), p99 ${round(checkIns.p99Ms)} ms; a check-in costs **${round(checkIns.gatesCpuMsPerRequest / summary.baseline.gatesCpuMsPerRequest, 2)}×** the baseline read's subgraph CPU and ${round(checkIns.perSecond / summary.baseline.perSecond, 2)}× its throughput.
- Occupancy at the end: **${exact.occupancy}** for ${admitted} admitted check-ins (attendance rows ${exact.attendance}, credentials inside ${exact.inside}): ${exact.ok ? 'exact' : '**NOT exact**'}.
`;
  writeReport('check-ins', markdown, { environment: environmentLine(), rounds, summary, admitted, exact });
  process.stdout.write(markdown);
  if (!exact.ok) process.exitCode = 1;
} finally {
  for (const service of services.reverse()) await service.stop();
  await embedded?.stop();
  await bench.dispose();
}

/** Writes the venue, gates, beacons, the live event and `participants` entries in a few statements. */
async function seed(participants: number) {
  const orm = await createOrm({ schema: 'gates', url: bench.databaseUrl, entities: gates.entities, migrations: gates.migrations, poolMax: 2, logger });
  try {
    const em = orm.em.fork();
    const venueId = randomUUID();
    const eventId = randomUUID();
    await em.execute(`insert into gates.venue (id, name, address, centre_lat, centre_lng, radius_meters, capacity, created_at, updated_at)
      values (?, 'Bench stadium', 'Seoul', ?, ?, 500, ?, now(), now())`, [venueId, CENTRE.lat, CENTRE.lng, participants + 1_000]);
    await createSlots(em, venueId, participants + 1_000, OCCUPANCY_SLOTS);
    const gateRows = await em.execute<{ id: string; minor: number }[]>(
      `insert into gates.gate (id, venue_id, name, direction, counts_occupancy, range_meters, state, state_changed_at, created_at)
       select gen_random_uuid(), ?, 'Gate ' || n, 'IN', true, 3, 'CLOSED', now(), now() from generate_series(1, ?) n returning id, substring(name from 6)::int as minor`,
      [venueId, GATES],
    );
    await em.execute(`insert into gates.beacon (id, gate_id, uuid, major, minor, tx_power, created_at, updated_at)
      select gen_random_uuid(), g.id, ?, 1, substring(g.name from 6)::int, -59, now(), now() from gates.gate g where g.venue_id = ?`, [BEACON_UUID, venueId]);
    await em.execute(`insert into gates.event (id, venue_id, assigned_at, title, starts_at, ends_at, published_at) values (?, ?, now(), 'Bench event', now() - interval '1 hour', now() + interval '1 day', now())`, [eventId, venueId]);
    const entries = await em.execute<{ participation_id: string }[]>(
      `insert into gates.entry (participation_id, event_id, entry_number, customer_key, registered_at)
       select gen_random_uuid(), ?, lpad(n::text, 6, '0') || '-0', md5(n::text), now() from generate_series(1, ?) n returning participation_id`,
      [eventId, participants],
    );
    // Analytics and integrations consume CheckedIn in production: their queues, subscribed as the platform
    // subscribes consumers, so each check-in writes (and notifies) what it would there.
    const queue = createJobQueue({ url: bench.databaseUrl, logger, poolMax: 1 });
    await queue.start();
    // BENCH_CONSUMERS=0 leaves them out: the check-in without its outbox jobs, to tell their cost apart.
    for (const consumer of process.env.BENCH_CONSUMERS === '0' ? [] : ['analytics', 'integrations']) {
      await subscribeDomainEventConsumer(() => queue, consumer, ['CheckedIn']);
      // BENCH_CONSUMER_NOTIFY=0 measures the same run with the consumer queues polled only (no NOTIFY per job).
      if (process.env.BENCH_CONSUMER_NOTIFY === '0') await queue.boss.updateQueue(`${consumer}.on.CheckedIn`, { notify: false });
    }
    await queue.stop();
    return { venueId, eventId, gates: gateRows, participations: entries.map((row) => row.participation_id) };
  } finally {
    await orm.close();
  }
}

async function occupancyCheck(venueId: string, eventId: string, admitted: number) {
  const orm = await createOrm({ schema: 'gates', url: bench.databaseUrl, entities: gates.entities, migrations: gates.migrations, poolMax: 1, logger });
  try {
    const [row] = await orm.em.fork().execute<{ occupancy: number; attendance: number; inside: number }[]>(
      `select (select sum(occupancy)::int from gates.occupancy_slot where venue_id = ?) as occupancy,
              (select count(*)::int from gates.attendance where event_id = ?) as attendance,
              (select count(*)::int from gates.presence where event_id = ? and inside) as inside`,
      [venueId, eventId, eventId],
    );
    return { ...row!, ok: row!.occupancy === admitted && row!.attendance === admitted && row!.inside === admitted };
  } finally {
    await orm.close();
  }
}

/** CPU time (user + system) this process used since `before`, in milliseconds. */
function cpuMsSince(before: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
