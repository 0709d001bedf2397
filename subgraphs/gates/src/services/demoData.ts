import { DEMO_EVENT_IDS } from '@attendgate/platform';
import { freshEm, T, type GatesDeps } from './deps.ts';
import type { GateConfigs } from './gateConfigs.ts';
import { createSlots } from './occupancy.ts';

/** Fixed ids, so seeding twice (or from two processes) finds what the first seeding made. */
export const DEMO = {
  venueId: '7a6d0c1e-0000-4000-8000-000000000001',
  /** The events subgraph's published demo event (platform DEMO_EVENT_IDS), held at the demo venue. */
  eventId: DEMO_EVENT_IDS.published,
  /** The users subgraph's demo customer's entry, the participation subgraph's first demo entry. */
  entryNumber: '0001-3',
  beaconUuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e',
  centre: { lat: 37.5683, lng: 126.8973 },
} as const;

const DAY_MS = 24 * 3_600_000;

const GATES = [
  { id: '7a6d0c1e-0000-4000-8000-0000000000b1', name: 'North 1', direction: 'IN', minor: 1 },
  { id: '7a6d0c1e-0000-4000-8000-0000000000b2', name: 'North 2', direction: 'IN', minor: 2 },
  { id: '7a6d0c1e-0000-4000-8000-0000000000b3', name: 'South exit', direction: 'OUT', minor: 3 },
  { id: '7a6d0c1e-0000-4000-8000-0000000000b4', name: 'Staff door', direction: 'BOTH', minor: 4 },
] as const;

/**
 * The demo venue `npm start` shows: a stadium (Seoul World Cup Stadium's coordinates) with four gates, a
 * beacon each and a camera at the first, the events subgraph's published demo event assigned to it. The users
 * subgraph's demo customer entered that event in the participation subgraph's demo data (entry 0001-3), which
 * reaches gates through ParticipantRegistered like any entry. The gate-controller simulator picks the
 * gates up from their retained configurations and keeps them alive. Idempotent (fixed ids, `on conflict`).
 */
export async function seedDemoGates(deps: GatesDeps, configs: GateConfigs): Promise<string[]> {
  const em = freshEm(deps);
  const now = Date.now();
  await em.execute(
    `insert into ${T.venue} (id, name, address, centre_lat, centre_lng, radius_meters, capacity, created_at, updated_at)
     values (?, '데모 스타디움', '서울 마포구 월드컵로 240', ?, ?, 300, 500, clock_timestamp(), clock_timestamp()) on conflict do nothing`,
    [DEMO.venueId, DEMO.centre.lat, DEMO.centre.lng],
  );
  await createSlots(em, DEMO.venueId, 500, deps.config.GATES_OCCUPANCY_SLOTS);
  for (const gate of GATES) {
    await em.execute(
      `insert into ${T.gate} (id, venue_id, name, direction, counts_occupancy, range_meters, state, state_changed_at, created_at)
       values (?, ?, ?, ?, ?, 3, 'CLOSED', clock_timestamp(), clock_timestamp()) on conflict do nothing`,
      [gate.id, DEMO.venueId, gate.name, gate.direction, gate.direction !== 'BOTH'],
    );
    await em.execute(
      `insert into ${T.beacon} (id, gate_id, uuid, major, minor, tx_power, created_at, updated_at) values (gen_random_uuid(), ?, ?, 100, ?, -59, clock_timestamp(), clock_timestamp())
       on conflict do nothing`,
      [gate.id, DEMO.beaconUuid, gate.minor],
    );
  }
  await em.execute(
    `insert into ${T.camera} (id, gate_id, name, stream_url, status, created_at) values (gen_random_uuid(), ?, 'North 1 overview', 'rtsp://cctv.demo.attendgate.dev:554/north-1', 'UNKNOWN', clock_timestamp())
     on conflict do nothing`,
    [GATES[0].id],
  );
  // The event's period normally comes from the events subgraph's EventPublished; these stand in until it
  // arrives (or when the events subgraph is not running), and never overwrite it.
  await em.execute(
    `insert into ${T.event} (id, venue_id, assigned_at, title, starts_at, ends_at, published_at) values (?, ?, clock_timestamp(), '데모 이벤트', ?, ?, ?)
     on conflict (id) do update set venue_id = excluded.venue_id, assigned_at = coalesce(${T.event}.assigned_at, excluded.assigned_at),
       starts_at = coalesce(${T.event}.starts_at, excluded.starts_at), ends_at = coalesce(${T.event}.ends_at, excluded.ends_at),
       published_at = coalesce(${T.event}.published_at, excluded.published_at)`,
    [DEMO.eventId, DEMO.venueId, new Date(now - DAY_MS), new Date(now + 30 * DAY_MS), new Date(now - DAY_MS)],
  );
  // Retained configurations, so the gate-controller simulator starts simulating these gates.
  for (const gate of GATES) await configs.push(gate.id);
  return [
    `gates: demo venue 데모 스타디움 (${DEMO.venueId}) with gates ${GATES.map((g) => `${g.name} ${g.id}`).join(', ')}`,
    // The entry itself reaches gates as in production: the participation subgraph's ParticipantRegistered.
    `  demo event ${DEMO.eventId}; the demo customer's entry ${DEMO.entryNumber} (phone 010-0000-0003): issueEntryPass, then checkIn`,
    `  beacon ${DEMO.beaconUuid} major 100, minor 1-4, txPower -59; venue centre ${DEMO.centre.lat}, ${DEMO.centre.lng}`,
  ];
}
