import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import { discoverSubgraphs, envPrefix, freePort, REPO_ROOT } from '@attendgate/platform';
import { simulatorNames, environmentNameOf } from '@attendgate/simulators';
import { BillDocument, CheckInDocument, IssueEntryPassDocument, LoginDocument, MeDocument, MyLinesDocument, VenueGatesDocument } from '@attendgate/schema/operations';

/**
 * `npm start` as a user runs it: a child process on free ports, with no DATABASE_URL or REDIS_URL (so an
 * embedded PostgreSQL in a fresh data directory and in-memory pub/sub), then a login and a query through
 * the gateway, then Ctrl-C.
 */
let launcher: ChildProcess | undefined;
let dataDir = '';
afterAll(async () => {
  if (launcher && launcher.exitCode === null) {
    launcher.kill('SIGKILL');
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Sends one of the typed client operations of schema/operations, as a client built on them would. */
async function graphql(url: string, document: DocumentNode, variables: object, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

describe('npm start', () => {
  it('runs the whole system from nothing, answers through the gateway, and stops cleanly on Ctrl-C', { timeout: 180_000 }, async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attendgate-e2e-'));
    fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as an unprivileged user that must reach its data
    const [gatewayPort, simulatorsPort] = [await freePort(), await freePort()];
    const env: Record<string, string | undefined> = {
      ...process.env,
      DATA_DIR: dataDir,
      GATEWAY_PORT: String(gatewayPort),
      SIMULATORS_PORT: String(simulatorsPort),
      LOG_LEVEL: 'warn',
    };
    // Every subgraph on a free port, so that runs on a shared machine never collide on the defaults.
    for (const { name } of await discoverSubgraphs()) env[`${envPrefix(name)}_PORT`] = String(await freePort());
    // Nothing configured: embedded PostgreSQL, in-memory pub/sub, embedded MQTT broker, the simulators.
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'NODE_ENV', 'MQTT_URL', 'GATES_MQTT_URL', 'GATES_MQTT_TOPIC_ROOT', ...simulatorNames.map(environmentNameOf)]) delete env[name];

    launcher = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/src/start.ts')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    launcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => launcher!.once('exit', (code) => resolve(code)));

    const deadline = Date.now() + 150_000;
    while (!output.includes('Press Ctrl-C to stop.')) {
      if (launcher.exitCode !== null) throw new Error(`launcher exited early:\n${output}`);
      if (Date.now() > deadline) throw new Error(`launcher did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    expect(output).toContain(gatewayUrl);
    const login = /OWNER\s+(\S+@\S+) \/ (\S+)/.exec(output);
    expect(login, `demo login not printed:\n${output}`).not.toBeNull();

    const session = await graphql(gatewayUrl, LoginDocument, { email: login![1], password: login![2] });
    expect(session.errors).toBeUndefined();
    const me = await graphql(gatewayUrl, MeDocument, {}, session.data.login.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data.me).toMatchObject({ email: login![1], role: 'OWNER', store: { verificationStatus: 'VERIFIED', businessNumber: expect.stringMatching(/^\d{3}-\*\*-\*\d{4}$/) } });
    // The billing subgraph's demo line of the owner, and its bill from the KOS simulator.
    const lines = await graphql(gatewayUrl, MyLinesDocument, {}, session.data.login.accessToken);
    expect(lines.errors).toBeUndefined();
    expect(lines.data.me.lines).toMatchObject({ totalCount: 1, nodes: [{ maskedNumber: expect.stringMatching(/^010-\*{4}-\d{4}$/) }] });
    const month = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7);
    const bill = await graphql(gatewayUrl, BillDocument, { lineId: lines.data.me.lines.nodes[0].id, month }, session.data.login.accessToken);
    expect(bill.errors).toBeUndefined();
    expect(bill.data.bill).toMatchObject({ month, totalKrw: expect.any(Number), stale: false });
    expect((await fetch(`http://127.0.0.1:${gatewayPort}/readyz`)).status).toBe(200);

    // The demo venue's gates are driven over the embedded MQTT broker by the simulated controllers: they
    // heartbeat, and the demo customer checks in with the pass obtained from their entry number and phone.
    const operatorLogin = /OPERATOR\s+(\S+@\S+) \/ (\S+)/.exec(output)!;
    const customerLogin = /CUSTOMER\s+(\S+@\S+) \/ (\S+)/.exec(output)!;
    const operator = (await graphql(gatewayUrl, LoginDocument, { email: operatorLogin[1], password: operatorLogin[2] })).data.login.accessToken;
    const customer = (await graphql(gatewayUrl, LoginDocument, { email: customerLogin[1], password: customerLogin[2] })).data.login.accessToken;
    const venueId = /demo venue .+? \(([0-9a-f-]{36})\)/.exec(output)?.[1];
    expect(venueId, `demo venue not printed:\n${output}`).toBeDefined();
    const deadlineGates = Date.now() + 20_000;
    let gates: { name: string; state: string; lastHeartbeatAt: string | null }[] = [];
    while (Date.now() < deadlineGates) {
      gates = (await graphql(gatewayUrl, VenueGatesDocument, { venueId }, operator)).data.venue.gates.nodes;
      if (gates.length && gates.every((gate) => gate.lastHeartbeatAt && gate.state === 'CLOSED')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(gates.length).toBeGreaterThan(0);
    expect(gates.every((gate) => gate.lastHeartbeatAt && gate.state === 'CLOSED'), JSON.stringify(gates)).toBe(true);
    const demo = /demo event ([0-9a-f-]{36}); the demo customer's entry (\S+) \(phone (\S+)\)/.exec(output)!;
    const beacon = /beacon (\S+) major (\d+), minor 1-4, txPower -59; venue centre ([\d.]+), ([\d.]+)/.exec(output)!;
    // The entry reaches gates asynchronously (ParticipantRegistered from the participation subgraph's demo data).
    let pass = await graphql(gatewayUrl, IssueEntryPassDocument, { eventId: demo[1], entryNumber: demo[2], phone: demo[3] }, customer);
    for (const deadline = Date.now() + 20_000; pass.errors?.[0]?.extensions?.reason === 'UNKNOWN_ENTRY' && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 200));
      pass = await graphql(gatewayUrl, IssueEntryPassDocument, { eventId: demo[1], entryNumber: demo[2], phone: demo[3] }, customer);
    }
    expect(pass.errors).toBeUndefined();
    const north1 = (gates as { id?: string; name: string }[]).find((gate) => gate.name === 'North 1') as { id: string };
    const reading = { uuid: beacon[1], major: Number(beacon[2]), minor: 1, rssi: -60 };
    const checkIn = await graphql(gatewayUrl, CheckInDocument, {
      input: { eventId: demo[1], gateId: north1.id, credential: pass.data.issueEntryPass.token, location: { lat: Number(beacon[3]), lng: Number(beacon[4]), accuracy: 10 }, beacons: [reading, reading] },
    }, customer);
    expect(checkIn.errors).toBeUndefined();
    expect(checkIn.data.checkIn).toMatchObject({ direction: 'IN', openSignalSent: true });

    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(gatewayUrl)).rejects.toThrow();
    expect(output).not.toMatch(/"level":"(error|fatal)"/);
  });
});
