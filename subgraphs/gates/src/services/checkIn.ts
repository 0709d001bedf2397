import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, sqlQuery } from '@attendgate/platform';
import type { BeaconReading, CalibratedBeacon } from '../domain/bleDistance.ts';
import type { PassClaims } from '../domain/gatePass.ts';
import type { GateDirection, GateState, PassageDirection } from '../domain/gateStates.ts';
import { canonicalBeaconUuid, locationProblem, readingsProblem } from '../domain/inputs.ts';
import { gateLetsThrough, needsOpenPulse, passageDirection } from '../domain/passage.ts';
import { checkProximity } from '../domain/proximity.ts';
import type { Credentials } from './credentials.ts';
import { createCheckInWrites } from './checkInWrites.ts';
import { asDate, isUuid, T, type GatesDeps } from './deps.ts';
import type { GateCommands } from './gateCommands.ts';

export interface CheckInInput {
  eventId: string;
  gateId: string;
  credential: string;
  location: { lat: number; lng: number; accuracy: number };
  beacons: BeaconReading[];
}

export interface CheckInOutcome {
  attendanceId: string;
  direction: PassageDirection;
  openSignalSent: boolean;
}

/** Everything one check-in decides on, read in one statement. */
interface Facts {
  venue_id: string;
  direction: GateDirection;
  counts_occupancy: boolean;
  range_meters: number;
  state: GateState;
  centre_lat: number;
  centre_lng: number;
  radius_meters: number;
  event_venue_id: string | null;
  starts_at: Date | string | null;
  ends_at: Date | string | null;
  published_at: Date | string | null;
  ended_at: Date | string | null;
  credential_found: boolean;
  inside: boolean | null;
  beacons: CalibratedBeacon[] | string;
}

function refused(code: ErrorCode, message: string, details: Record<string, string | number> = {}): AppError {
  return new AppError(code, message, details);
}

/**
 * Check-in at a gate: the hot path (a stadium's opening minutes), so it is two round trips of reading and one
 * short transaction.
 *
 * 1. The pass's MAC (no I/O): a forged or altered pass is INVALID_CREDENTIAL.
 * 2. One SELECT: the gate, its venue's geofence, its beacons, the event's venue and period, whether the
 *    credential exists (entry, or unrevoked ticket) and whether it is inside.
 * 3. In order: credential (INVALID_CREDENTIAL, with a reason), gate state (GATE_LOCKED), proximity
 *    (OUT_OF_RANGE, UNKNOWN_BEACON; skipped for an operator's manual admission).
 * 4. One transaction shared with the check-ins arriving at the same time (group commit, services/checkInWrites.ts,
 *    docs/decisions/checkin-group-commit.md): the presence change (ALREADY_CHECKED_IN when already inside),
 *    the attendance row, a place in the venue's occupancy (VENUE_FULL when there is none), and CheckedIn.
 * 5. After the commit: the OPEN pulse to the gate's controller and the live-state trigger.
 */
export function createCheckIn(deps: GatesDeps, credentials: Credentials, commands: GateCommands) {
  const { config } = deps;
  const writes = createCheckInWrites(deps, {
    windowMs: config.GATES_CHECK_IN_BATCH_WINDOW_MS,
    maxItems: config.GATES_CHECK_IN_BATCH_MAX_CHECK_INS,
    maxInFlight: config.GATES_CHECK_IN_BATCH_CONCURRENCY,
  });

  async function readFacts(em: EntityManager, claims: PassClaims, gateId: string): Promise<Facts | undefined> {
    const credentialSql = claims.kind === 'PARTICIPANT'
      ? `exists (select 1 from ${T.entry} where participation_id = $1 and event_id = $2)`
      : `exists (select 1 from ${T.ticket} where id = $1 and event_id = $2 and revoked_at is null)`;
    const [facts] = await sqlQuery<Facts>(
      em,
      `select g.venue_id, g.direction, g.counts_occupancy, g.range_meters, g.state, v.centre_lat, v.centre_lng, v.radius_meters,
         e.venue_id as event_venue_id, e.starts_at, e.ends_at, e.published_at, e.ended_at,
         ${credentialSql} as credential_found,
         (select p.inside from ${T.presence} p where p.event_id = $2 and p.credential_id = $1) as inside,
         coalesce((select json_agg(json_build_object('uuid', b.uuid, 'major', b.major, 'minor', b.minor, 'txPower', b.tx_power))
                   from ${T.beacon} b where b.gate_id = g.id), '[]'::json) as beacons
       from ${T.gate} g join ${T.venue} v on v.id = g.venue_id left join ${T.event} e on e.id = $2
       where g.id = $3`,
      [claims.credentialId, claims.eventId, gateId],
    );
    return facts;
  }

  /** Why the event does not take check-ins now, or null when it does. */
  function eventClosedReason(facts: Facts, now: number): string | null {
    const publishedAt = asDate(facts.published_at);
    const startsAt = asDate(facts.starts_at);
    const endsAt = asDate(facts.ends_at);
    if (facts.ended_at) return 'EVENT_ENDED';
    if (!publishedAt || !startsAt || !endsAt) return 'EVENT_NOT_PUBLISHED';
    if (now < startsAt.getTime() - config.GATES_CHECK_IN_OPENS_BEFORE_START_MS) return 'EVENT_NOT_STARTED';
    if (now > endsAt.getTime()) return 'EVENT_ENDED';
    return null;
  }

  async function admit(em: EntityManager, userId: string, input: CheckInInput, method: 'PROXIMITY' | 'MANUAL'): Promise<CheckInOutcome> {
    const claims = credentials.verify(input.credential);
    if (!claims) throw refused(ErrorCode.INVALID_CREDENTIAL, 'This pass is not valid.', { reason: 'NOT_A_PASS' });
    if (claims.eventId !== input.eventId.toLowerCase()) throw refused(ErrorCode.INVALID_CREDENTIAL, 'This pass is for another event.', { reason: 'OTHER_EVENT' });
    if (!isUuid(input.gateId)) throw AppError.notFound('The gate');
    if (method === 'PROXIMITY') {
      const problem = locationProblem(input.location) ?? readingsProblem(input.beacons);
      if (problem) throw AppError.badInput(problem.message, problem.field);
    }
    const facts = await readFacts(em, claims, input.gateId);
    if (!facts) throw AppError.notFound('The gate');
    if (facts.event_venue_id !== facts.venue_id) throw refused(ErrorCode.INVALID_CREDENTIAL, 'This event does not take place at this gate\'s venue.', { reason: 'WRONG_VENUE' });
    const closed = eventClosedReason(facts, Date.now());
    if (closed) throw refused(ErrorCode.INVALID_CREDENTIAL, 'This event does not take check-ins now.', { reason: closed });
    if (!facts.credential_found) {
      throw refused(ErrorCode.INVALID_CREDENTIAL, 'This pass no longer admits anyone.', { reason: claims.kind === 'TICKET' ? 'TICKET_REVOKED' : 'UNKNOWN_ENTRY' });
    }
    const direction = passageDirection(facts.direction, facts.inside === true);
    if (!gateLetsThrough(facts.state, direction)) throw refused(ErrorCode.GATE_LOCKED, 'This gate is not letting anyone through; use another.', { state: facts.state });
    if (method === 'PROXIMITY') {
      const beacons = typeof facts.beacons === 'string' ? (JSON.parse(facts.beacons) as CalibratedBeacon[]) : facts.beacons;
      const verdict = checkProximity(
        {
          fence: { centre: { lat: facts.centre_lat, lng: facts.centre_lng }, radiusMeters: facts.radius_meters },
          location: input.location,
          gateBeacons: beacons,
          gateRangeMeters: facts.range_meters,
          readings: input.beacons.map((reading) => ({ ...reading, uuid: canonicalBeaconUuid(reading.uuid)! })),
        },
        { maxAccuracyAllowanceMeters: config.GATES_GPS_ACCURACY_ALLOWANCE_MAX_M, pathLossExponent: config.GATES_BLE_PATH_LOSS_EXPONENT },
      );
      if (!verdict.ok) {
        const message = verdict.reason === 'OUTSIDE_GEOFENCE' ? 'You are not at the venue yet.' : verdict.reason === 'TOO_FAR_FROM_GATE' ? 'Come closer to the gate.' : 'This gate\'s beacon was not heard; turn Bluetooth on and stand at the gate.';
        throw refused(verdict.code === 'OUT_OF_RANGE' ? ErrorCode.OUT_OF_RANGE : ErrorCode.UNKNOWN_BEACON, message, { reason: verdict.reason });
      }
    }

    const attendanceId = randomUUID();
    const written = await writes.submit({
      attendanceId, now: new Date(), claims, venueId: facts.venue_id, counts: facts.counts_occupancy, gateId: input.gateId, direction, method, userId,
    });
    if (written) throw written;
    const counts = facts.counts_occupancy;
    const openSignalSent = needsOpenPulse(facts.state) ? await commands.pulse(input.gateId) : false;
    if (counts) deps.live.changed(facts.venue_id, 'OCCUPANCY', input.gateId);
    return { attendanceId, direction, openSignalSent };
  }

  return {
    checkIn: (em: EntityManager, userId: string, input: CheckInInput) => admit(em, userId, input, 'PROXIMITY'),
    admitManually: (em: EntityManager, operatorId: string, input: Pick<CheckInInput, 'eventId' | 'gateId' | 'credential'>) =>
      admit(em, operatorId, { ...input, location: { lat: 0, lng: 0, accuracy: 0 }, beacons: [] }, 'MANUAL'),
  };
}

export type CheckIn = ReturnType<typeof createCheckIn>;
