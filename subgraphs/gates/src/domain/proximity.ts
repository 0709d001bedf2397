import { estimateKnownBeacons, type BeaconEstimate, type BeaconReading, type CalibratedBeacon } from './bleDistance.ts';
import { checkGeofence, type DeviceLocation, type Geofence, type GeofenceVerdict } from './geofence.ts';

/** The thresholds of a proximity check (all configurable, see config.ts). */
export interface ProximitySettings {
  /** Most GPS error added to a venue's radius, metres. */
  maxAccuracyAllowanceMeters: number;
  /** Path-loss exponent n of the log-distance model. */
  pathLossExponent: number;
}

export interface ProximityInput {
  fence: Geofence;
  location: DeviceLocation;
  /** The gate's beacons, and how near the nearest must be. */
  gateBeacons: readonly CalibratedBeacon[];
  gateRangeMeters: number;
  readings: readonly BeaconReading[];
}

export type ProximityVerdict =
  | { ok: true; geofence: GeofenceVerdict; nearest: BeaconEstimate }
  | { ok: false; code: 'OUT_OF_RANGE'; reason: 'OUTSIDE_GEOFENCE'; geofence: GeofenceVerdict }
  | { ok: false; code: 'UNKNOWN_BEACON'; reason: 'NO_GATE_BEACON_HEARD'; geofence: GeofenceVerdict }
  | { ok: false; code: 'OUT_OF_RANGE'; reason: 'TOO_FAR_FROM_GATE'; geofence: GeofenceVerdict; nearest: BeaconEstimate };

/**
 * A phone is at a gate when it is inside the venue's geofence (GPS, allowing for its accuracy) AND hears one
 * of the gate's beacons with an estimated distance within the gate's range. The geofence is checked first:
 * beacon signals can be replayed, a location inside the venue is the coarse filter. Each failure has its own
 * code so the app can tell the person what to do (walk to the venue, walk to the gate, turn Bluetooth on).
 */
export function checkProximity(input: ProximityInput, settings: ProximitySettings): ProximityVerdict {
  const geofence = checkGeofence(input.fence, input.location, settings.maxAccuracyAllowanceMeters);
  if (!geofence.inside) return { ok: false, code: 'OUT_OF_RANGE', reason: 'OUTSIDE_GEOFENCE', geofence };
  const [nearest] = estimateKnownBeacons(input.gateBeacons, input.readings, settings.pathLossExponent);
  if (!nearest) return { ok: false, code: 'UNKNOWN_BEACON', reason: 'NO_GATE_BEACON_HEARD', geofence };
  if (nearest.distanceMeters > input.gateRangeMeters) return { ok: false, code: 'OUT_OF_RANGE', reason: 'TOO_FAR_FROM_GATE', geofence, nearest };
  return { ok: true, geofence, nearest };
}
