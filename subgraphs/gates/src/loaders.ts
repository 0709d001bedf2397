import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Alert, AlertContact, Attendance, Beacon, Camera, Emergency, Entry, EventRecord, Gate, GateCommandRecord, Ticket, Venue } from './entities/index.ts';
import { isUuid } from './services/deps.ts';
import { occupancyOf } from './services/occupancy.ts';

/** One `select … where <key> in (…)` per batch; results in the order of the keys, null (or []) for misses. */
function byId<E extends object>(load: (ids: string[]) => Promise<E[]>, idOf: (entity: E) => string) {
  return new DataLoader<string, E | null>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const found = wanted.length ? await load(wanted) : [];
    const map = new Map(found.map((entity) => [idOf(entity).toLowerCase(), entity]));
    return ids.map((id) => map.get(id.toLowerCase()) ?? null);
  });
}

function groupedBy<E extends object>(load: (ids: string[]) => Promise<E[]>, keyOf: (entity: E) => string) {
  return new DataLoader<string, E[]>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const found = wanted.length ? await load(wanted) : [];
    const map = new Map<string, E[]>();
    for (const entity of found) {
      const key = keyOf(entity).toLowerCase();
      map.set(key, [...(map.get(key) ?? []), entity]);
    }
    return ids.map((id) => map.get(id.toLowerCase()) ?? []);
  });
}

export interface GatesLoaders {
  venue: DataLoader<string, Venue | null>;
  gate: DataLoader<string, Gate | null>;
  command: DataLoader<string, GateCommandRecord | null>;
  attendance: DataLoader<string, Attendance | null>;
  entry: DataLoader<string, Entry | null>;
  ticket: DataLoader<string, Ticket | null>;
  event: DataLoader<string, EventRecord | null>;
  emergency: DataLoader<string, Emergency | null>;
  alert: DataLoader<string, Alert | null>;
  beaconsByGate: DataLoader<string, Beacon[]>;
  camerasByGate: DataLoader<string, Camera[]>;
  activeEmergencyByVenue: DataLoader<string, Emergency | null>;
  contactsByVenue: DataLoader<string, AlertContact[]>;
  eventsByVenue: DataLoader<string, EventRecord[]>;
  /** People inside each venue (the sum of its occupancy slots). */
  occupancy: DataLoader<string, number>;
}

/**
 * Request-scoped loaders (never outliving the request's EntityManager): every entity hop of a response is
 * one statement per batch, however long the list.
 */
export function createLoaders(em: EntityManager): GatesLoaders {
  return {
    venue: byId((ids) => em.find(Venue, { id: { $in: ids } }), (v) => v.id),
    gate: byId((ids) => em.find(Gate, { id: { $in: ids } }), (g) => g.id),
    command: byId((ids) => em.find(GateCommandRecord, { id: { $in: ids } }), (c) => c.id),
    attendance: byId((ids) => em.find(Attendance, { id: { $in: ids } }), (a) => a.id),
    entry: byId((ids) => em.find(Entry, { participationId: { $in: ids } }), (e) => e.participationId),
    ticket: byId((ids) => em.find(Ticket, { id: { $in: ids } }), (t) => t.id),
    event: byId((ids) => em.find(EventRecord, { id: { $in: ids } }), (e) => e.id),
    emergency: byId((ids) => em.find(Emergency, { id: { $in: ids } }), (e) => e.id),
    alert: byId((ids) => em.find(Alert, { id: { $in: ids } }), (a) => a.id),
    beaconsByGate: groupedBy((ids) => em.find(Beacon, { gate: { $in: ids } }, { orderBy: { major: 'asc', minor: 'asc' } }), (b) => b.gate.id),
    camerasByGate: groupedBy((ids) => em.find(Camera, { gate: { $in: ids } }, { orderBy: { name: 'asc' } }), (c) => c.gate.id),
    activeEmergencyByVenue: new DataLoader<string, Emergency | null>(async (ids) => {
      const wanted = [...new Set(ids.filter(isUuid))];
      const found = wanted.length ? await em.find(Emergency, { venue: { $in: wanted }, clearedAt: null }) : [];
      const map = new Map(found.map((e) => [e.venue.id, e]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    contactsByVenue: groupedBy((ids) => em.find(AlertContact, { venue: { $in: ids } }, { orderBy: { name: 'asc' } }), (c) => c.venue.id),
    occupancy: new DataLoader<string, number>(async (ids) => {
      const sums = await occupancyOf(em, [...new Set(ids.filter(isUuid))]);
      return ids.map((id) => sums.get(id) ?? 0);
    }),
    eventsByVenue: groupedBy((ids) => em.find(EventRecord, { venue: { $in: ids } }, { orderBy: { id: 'asc' } }), (e) => e.venue!.id),
  };
}
