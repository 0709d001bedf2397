/**
 * Distance to a BLE beacon from the signal strength a phone heard, with the log-distance path-loss model:
 *
 *   d = 10 ^ ((txPower − rssi) / (10 · n))
 *
 * where txPower is the beacon's calibrated RSSI at 1 m (iBeacon "measured power", in dBm), rssi the received
 * strength in dBm and n the path-loss exponent of the environment: 2.0 in free space, about 2.5–3 indoors
 * with people and walls. attendgate defaults to 2.0 (see config: GATES_BLE_PATH_LOSS_EXPONENT): a gate's
 * beacon is usually in line of sight of the phone in front of it, and a lower n estimates larger distances,
 * so the default errs towards refusing a phone that is really further away.
 *
 * A phone hears each beacon several times per scan, and single readings jump by 5–10 dB with multipath,
 * body shadowing and antenna orientation. The readings of one beacon are combined by their MEDIAN in dBm
 * (not the mean): one deep fade or one reflection spike moves the mean but not the median, and because the
 * model is monotonic the median RSSI gives exactly the median of the per-reading distances.
 */

export interface BeaconIdentity {
  /** iBeacon proximity UUID, lower-case canonical form. */
  uuid: string;
  major: number;
  minor: number;
}

export interface BeaconReading extends BeaconIdentity {
  /** Received signal strength, dBm (negative). */
  rssi: number;
}

export interface CalibratedBeacon extends BeaconIdentity {
  /** Calibrated RSSI at 1 m, dBm. */
  txPower: number;
}

export function beaconKey(beacon: BeaconIdentity): string {
  return `${beacon.uuid.toLowerCase()}/${beacon.major}/${beacon.minor}`;
}

/** Log-distance path-loss model, metres. */
export function estimateDistanceMeters(txPower: number, rssi: number, pathLossExponent: number): number {
  return 10 ** ((txPower - rssi) / (10 * pathLossExponent));
}

/** Median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface BeaconEstimate {
  beacon: CalibratedBeacon;
  readings: number;
  medianRssi: number;
  distanceMeters: number;
}

/**
 * The estimate for each of `known` beacons that was heard, nearest first. Readings of beacons not in
 * `known` are ignored (another gate's, or a stranger's).
 */
export function estimateKnownBeacons(known: readonly CalibratedBeacon[], readings: readonly BeaconReading[], pathLossExponent: number): BeaconEstimate[] {
  const byKey = new Map(known.map((beacon) => [beaconKey(beacon), beacon]));
  const heard = new Map<string, number[]>();
  for (const reading of readings) {
    const key = beaconKey(reading);
    if (!byKey.has(key)) continue;
    const list = heard.get(key) ?? [];
    list.push(reading.rssi);
    heard.set(key, list);
  }
  const estimates = [...heard].map(([key, rssis]) => {
    const beacon = byKey.get(key)!;
    const medianRssi = median(rssis);
    return { beacon, readings: rssis.length, medianRssi, distanceMeters: estimateDistanceMeters(beacon.txPower, medianRssi, pathLossExponent) };
  });
  return estimates.sort((a, b) => a.distanceMeters - b.distanceMeters);
}
