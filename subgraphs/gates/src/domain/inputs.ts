/**
 * The rules for what operators type in (venues, gates, beacons, cameras) and what phones send (locations,
 * beacon readings). Each check answers null when the value is fine, or the field and a message saying what
 * is wrong, which the services turn into BAD_USER_INPUT. Every list and string has a bound.
 */
export interface Problem {
  field: string;
  message: string;
}

export const NAME_MAX_LENGTH = 100;
export const ADDRESS_MAX_LENGTH = 300;
export const LABEL_MAX_LENGTH = 100;
export const STREAM_URL_MAX_LENGTH = 2_000;
/** Readings one check-in may carry: a few seconds of scanning at the usual 1–10 readings per second. */
export const MAX_BEACON_READINGS = 50;
/** Largest venue radius: a 2 km circle already covers any stadium with its car parks. */
export const MAX_VENUE_RADIUS_METERS = 2_000;
/** Largest venue capacity (the biggest stadiums hold about 150,000). */
export const MAX_VENUE_CAPACITY = 1_000_000;
/** Largest admission range a gate may be configured with; BLE estimates beyond it are noise. */
export const MAX_GATE_RANGE_METERS = 30;
/** iBeacon measured power at 1 m: real beacons calibrate between about −100 and −30 dBm. */
export const TX_POWER_RANGE_DBM = { min: -100, max: -20 } as const;
/** Received strength a phone can report: −127 dBm is the floor of BLE; 0 and above are not real readings. */
export const RSSI_RANGE_DBM = { min: -127, max: -1 } as const;
/** Most a phone's reported accuracy may be before the fix is refused as meaningless. */
export const MAX_REPORTED_ACCURACY_METERS = 10_000;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UINT16_MAX = 65_535;

const problem = (field: string, message: string): Problem => ({ field, message });

/** Trimmed, NFKC-normalised, internal whitespace collapsed: how names and labels are stored. */
export function cleanText(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

export function textProblem(field: string, value: string, maxLength: number, required = true): Problem | null {
  const text = cleanText(value);
  if (required && text.length === 0) return problem(field, 'Must not be empty.');
  if ([...text].length > maxLength) return problem(field, `At most ${maxLength} characters.`);
  return null;
}

export function pointProblem(field: string, point: { lat: number; lng: number }): Problem | null {
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90) return problem(`${field}.lat`, 'Latitude must be between -90 and 90.');
  if (!Number.isFinite(point.lng) || point.lng < -180 || point.lng > 180) return problem(`${field}.lng`, 'Longitude must be between -180 and 180.');
  return null;
}

export function rangeProblem(field: string, value: number, min: number, max: number, integer = false): Problem | null {
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    return problem(field, `Must be ${integer ? 'a whole number ' : ''}between ${min} and ${max}.`);
  }
  return null;
}

/** iBeacon UUIDs in canonical form (lower case); null when not a UUID. */
export function canonicalBeaconUuid(value: string): string | null {
  const trimmed = value.trim();
  return UUID_PATTERN.test(trimmed) ? trimmed.toLowerCase() : null;
}

/** `prefix` names the object in field paths (`beacons.0`); empty for top-level fields. */
export function beaconIdentityProblem(prefix: string, beacon: { uuid: string; major: number; minor: number }): Problem | null {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  if (!canonicalBeaconUuid(beacon.uuid)) return problem(field('uuid'), 'Must be an iBeacon proximity UUID (8-4-4-4-12 hex digits).');
  return rangeProblem(field('major'), beacon.major, 0, UINT16_MAX, true) ?? rangeProblem(field('minor'), beacon.minor, 0, UINT16_MAX, true);
}

/**
 * Camera streams for the dashboard: RTSP from the recorder, or HLS/WebRTC pages over HTTPS. URLs with a user
 * name or password are refused: a stream URL is shown to every operator, credentials belong on the recorder.
 */
export function streamUrlProblem(field: string, value: string): Problem | null {
  if (value.length > STREAM_URL_MAX_LENGTH) return problem(field, `At most ${STREAM_URL_MAX_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return problem(field, 'Must be an absolute URL.');
  }
  if (!['rtsp:', 'rtsps:', 'https:'].includes(url.protocol)) return problem(field, 'Must be an rtsp://, rtsps:// or https:// URL.');
  if (url.username || url.password) return problem(field, 'Must not contain a user name or password.');
  return null;
}

export function locationProblem(location: { lat: number; lng: number; accuracy: number }): Problem | null {
  return pointProblem('location', location) ?? rangeProblem('location.accuracy', location.accuracy, 0, MAX_REPORTED_ACCURACY_METERS);
}

export function readingsProblem(readings: readonly { uuid: string; major: number; minor: number; rssi: number }[]): Problem | null {
  if (readings.length > MAX_BEACON_READINGS) return problem('beacons', `At most ${MAX_BEACON_READINGS} readings.`);
  for (const [index, reading] of readings.entries()) {
    const found = beaconIdentityProblem(`beacons.${index}`, reading) ?? rangeProblem(`beacons.${index}.rssi`, reading.rssi, RSSI_RANGE_DBM.min, RSSI_RANGE_DBM.max);
    if (found) return found;
  }
  return null;
}
