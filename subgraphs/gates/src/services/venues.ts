import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, conflictFromUniqueViolation, maskPhone } from '@attendgate/platform';
import {
  ADDRESS_MAX_LENGTH, MAX_GATE_RANGE_METERS, MAX_VENUE_CAPACITY, MAX_VENUE_RADIUS_METERS, NAME_MAX_LENGTH, TX_POWER_RANGE_DBM,
  beaconIdentityProblem, canonicalBeaconUuid, cleanText, pointProblem, rangeProblem, streamUrlProblem, textProblem, type Problem,
} from '../domain/inputs.ts';
import type { GateDirection } from '../domain/gateStates.ts';
import { AlertContact, Beacon, Camera, Gate, Venue } from '../entities/index.ts';
import { isUuid, type GatesDeps } from './deps.ts';
import type { GateConfigs } from './gateConfigs.ts';
import { createSlots } from './occupancy.ts';
import type { KoreanMobile } from './phoneNumbers.ts';

export interface CreateVenueInput {
  name: string;
  address: string;
  centre: { lat: number; lng: number };
  radiusMeters: number;
  capacity: number;
}

export interface RegisterGateInput {
  venueId: string;
  name: string;
  direction: GateDirection;
  position?: { lat: number; lng: number } | null;
  positionLabel?: string | null;
  countsOccupancy?: boolean | null;
  rangeMeters?: number | null;
}

export interface ConfigureBeaconInput {
  gateId: string;
  uuid: string;
  major: number;
  minor: number;
  txPower: number;
}

export interface RegisterCameraInput {
  gateId: string;
  name: string;
  streamUrl: string;
}

/** The named unique constraints of the gates schema and what each means to an operator. */
const CONSTRAINTS = {
  venue_name_unique: { field: 'name', message: 'A venue with this name exists already.' },
  gate_venue_name_unique: { field: 'name', message: 'This venue has a gate with this name already.' },
  beacon_identity_unique: { field: 'uuid', message: 'This beacon (uuid, major, minor) belongs to another gate.' },
  camera_gate_name_unique: { field: 'name', message: 'This gate has a camera with this name already.' },
  alert_contact_venue_phone_unique: { field: 'phone', message: 'This phone number gets this venue\'s alerts already.' },
};

function refuse(problem: Problem | null): void {
  if (problem) throw AppError.badInput(problem.message, problem.field);
}

async function flushOrConflict(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    throw conflictFromUniqueViolation(error, CONSTRAINTS) ?? error;
  }
}

/**
 * Operators' set-up of venues: venues, gates, beacons, cameras, alert contacts, and which venue an event takes
 * place at. Every input is checked before anything is written; uniqueness races end in CONFLICT through the
 * named constraints. A gate's configuration goes to its controller (retained MQTT message) after it commits.
 */
export function createVenues(deps: GatesDeps, configs: GateConfigs, phones: KoreanMobile) {
  async function gateOf(em: EntityManager, gateId: string): Promise<Gate> {
    const gate = isUuid(gateId) ? await em.findOne(Gate, { id: gateId }) : null;
    if (!gate) throw AppError.notFound('The gate');
    return gate;
  }

  async function venueOf(em: EntityManager, venueId: string): Promise<Venue> {
    const venue = isUuid(venueId) ? await em.findOne(Venue, { id: venueId }) : null;
    if (!venue) throw AppError.notFound('The venue');
    return venue;
  }

  return {
    venueOf,

    async createVenue(em: EntityManager, input: CreateVenueInput): Promise<Venue> {
      refuse(textProblem('name', input.name, NAME_MAX_LENGTH) ?? textProblem('address', input.address, ADDRESS_MAX_LENGTH));
      refuse(pointProblem('centre', input.centre));
      refuse(rangeProblem('radiusMeters', input.radiusMeters, 1, MAX_VENUE_RADIUS_METERS));
      refuse(rangeProblem('capacity', input.capacity, 1, MAX_VENUE_CAPACITY, true));
      return em.transactional(async (tx) => {
        const venue = tx.create(Venue, {
          id: randomUUID(), name: cleanText(input.name), address: cleanText(input.address), centreLat: input.centre.lat, centreLng: input.centre.lng,
          radiusMeters: input.radiusMeters, capacity: input.capacity, createdAt: new Date(), updatedAt: new Date(),
        });
        await flushOrConflict(tx);
        await createSlots(tx, venue.id, input.capacity, deps.config.GATES_OCCUPANCY_SLOTS);
        return venue;
      });
    },

    async registerGate(em: EntityManager, input: RegisterGateInput): Promise<Gate> {
      refuse(textProblem('name', input.name, NAME_MAX_LENGTH) ?? textProblem('positionLabel', input.positionLabel ?? '', NAME_MAX_LENGTH, false));
      if (input.position) refuse(pointProblem('position', input.position));
      if (input.rangeMeters !== undefined && input.rangeMeters !== null) refuse(rangeProblem('rangeMeters', input.rangeMeters, 0.5, MAX_GATE_RANGE_METERS));
      const venue = await venueOf(em, input.venueId);
      const now = new Date();
      const gate = em.create(Gate, {
        id: randomUUID(), venue, name: cleanText(input.name), direction: input.direction,
        positionLat: input.position?.lat ?? null, positionLng: input.position?.lng ?? null,
        positionLabel: input.positionLabel ? cleanText(input.positionLabel) : null,
        countsOccupancy: input.countsOccupancy ?? true, rangeMeters: input.rangeMeters ?? deps.config.GATES_DEFAULT_GATE_RANGE_M,
        state: 'CLOSED', stateChangedAt: now, createdAt: now,
      });
      await flushOrConflict(em);
      await configs.push(gate.id);
      return gate;
    },

    /** Adds a beacon to a gate, or recalibrates the same beacon on the same gate (txPower). */
    async configureBeacon(em: EntityManager, input: ConfigureBeaconInput): Promise<Beacon> {
      refuse(beaconIdentityProblem('', input));
      refuse(rangeProblem('txPower', input.txPower, TX_POWER_RANGE_DBM.min, TX_POWER_RANGE_DBM.max, true));
      const gate = await gateOf(em, input.gateId);
      const uuid = canonicalBeaconUuid(input.uuid)!;
      const existing = await em.findOne(Beacon, { uuid, major: input.major, minor: input.minor });
      if (existing && existing.gate.id !== gate.id) throw AppError.conflict(CONSTRAINTS.beacon_identity_unique.message, 'uuid');
      const beacon = existing ?? em.create(Beacon, { id: randomUUID(), gate, uuid, major: input.major, minor: input.minor, txPower: input.txPower, createdAt: new Date(), updatedAt: new Date() });
      beacon.txPower = input.txPower;
      await flushOrConflict(em);
      await configs.push(gate.id);
      return beacon;
    },

    async registerCamera(em: EntityManager, input: RegisterCameraInput): Promise<Camera> {
      refuse(textProblem('name', input.name, NAME_MAX_LENGTH) ?? streamUrlProblem('streamUrl', input.streamUrl));
      const gate = await gateOf(em, input.gateId);
      const camera = em.create(Camera, { id: randomUUID(), gate, name: cleanText(input.name), streamUrl: input.streamUrl.trim(), status: 'UNKNOWN', createdAt: new Date() });
      await flushOrConflict(em);
      // UNKNOWN until the gate's controller, told of the camera by its configuration, reports on it.
      await configs.push(gate.id);
      return camera;
    },

    async addAlertContact(em: EntityManager, venueId: string, name: string, phone: string): Promise<AlertContact> {
      refuse(textProblem('name', name, NAME_MAX_LENGTH));
      const normalised = phones.normalise(phone);
      if (!normalised.ok) throw AppError.badInput(normalised.reason, 'phone');
      const venue = await venueOf(em, venueId);
      const contact = em.create(AlertContact, {
        id: randomUUID(), venue, name: cleanText(name), phoneCiphertext: deps.cipher.encrypt(normalised.value, ALERT_CONTACT_PHONE_PURPOSE),
        phoneIndex: deps.blindIndex(ALERT_CONTACT_PHONE_PURPOSE, normalised.value), maskedPhone: maskPhone(normalised.value), createdAt: new Date(),
      });
      await flushOrConflict(em);
      return contact;
    },

    /** An event takes place at one venue; assigning it again moves it (check-ins then go through the new venue's gates). */
    async assignEventToVenue(em: EntityManager, operatorId: string, eventId: string, venueId: string): Promise<string> {
      if (!isUuid(eventId)) throw AppError.badInput('The event id must be a UUID.', 'eventId');
      await venueOf(em, venueId);
      await em.getConnection().execute(
        `insert into gates.event (id, venue_id, assigned_by, assigned_at) values (?, ?, ?, clock_timestamp())
         on conflict (id) do update set venue_id = excluded.venue_id, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at`,
        [eventId, venueId, operatorId],
      );
      return eventId;
    },
  };
}

/** Field-cipher and blind-index purpose of alert contacts' phone numbers. */
export const ALERT_CONTACT_PHONE_PURPOSE = 'gates.alert_contact.phone';

export type Venues = ReturnType<typeof createVenues>;
