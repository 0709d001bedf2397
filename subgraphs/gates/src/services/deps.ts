import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { BlindIndex, DomainEventPublisher, EventBus, FieldCipher, JobQueue, KeyValueStore, Logger } from '@attendgate/platform';
import type { GateControllerLink } from '../adapters/gateController.ts';
import type { GatesConfig } from '../config.ts';
import type { LiveUpdates } from './liveUpdates.ts';

/** What the gates services share, wired once per process (services/index.ts). */
export interface GatesDeps {
  orm: MikroORM;
  config: GatesConfig;
  events: DomainEventPublisher;
  queue: JobQueue;
  kv: KeyValueStore;
  bus: EventBus;
  cipher: FieldCipher;
  blindIndex: BlindIndex;
  logger: Logger;
  live: LiveUpdates;
  /** The MQTT link to the gate controllers (set once connected; the link's handlers call back into services). */
  link: GateControllerLink;
}

/** A fresh EntityManager for work that is not a request's (MQTT messages, the monitor, jobs). */
export function freshEm(deps: Pick<GatesDeps, 'orm'>): EntityManager {
  return deps.orm.em.fork();
}

/** Tables by their qualified names, for the hand-written SQL of the hot paths. */
export const T = {
  venue: 'gates.venue',
  gate: 'gates.gate',
  beacon: 'gates.beacon',
  camera: 'gates.camera',
  command: 'gates.gate_command',
  attendance: 'gates.attendance',
  presence: 'gates.presence',
  entry: 'gates.entry',
  ticket: 'gates.ticket',
  event: 'gates.event',
  emergency: 'gates.emergency',
  alert: 'gates.alert',
  alertContact: 'gates.alert_contact',
} as const;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row (and would make Postgres fail the statement). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** Postgres timestamps come back as Date or as ISO text depending on the query path. */
export function asDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}

/**
 * A list of UUIDs as one Postgres array literal (`{a,b}`), for `= any(?::uuid[])`: MikroORM expands a JS array
 * parameter into a list of placeholders, which `any()` and `unnest()` do not take.
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.filter(isUuid).join(',')}}`;
}
