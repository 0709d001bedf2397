import { describe, expect, it } from 'vitest';
import { estimateDistanceMeters, estimateKnownBeacons, median } from '../src/domain/bleDistance.ts';
import { checkGeofence, haversineMeters } from '../src/domain/geofence.ts';
import { checkProximity } from '../src/domain/proximity.ts';

const SEOUL_CITY_HALL = { lat: 37.5663, lng: 126.9779 };
const BEACON = { uuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e', major: 1, minor: 7, txPower: -59 };

/** The point `meters` north of `from` (one degree of latitude is 111,195 m on the haversine sphere). */
function north(from: { lat: number; lng: number }, meters: number) {
  return { lat: from.lat + meters / 111_195.08, lng: from.lng };
}

describe('haversine distance', () => {
  it('is zero for the same point and symmetric', () => {
    expect(haversineMeters(SEOUL_CITY_HALL, SEOUL_CITY_HALL)).toBe(0);
    const busan = { lat: 35.1796, lng: 129.0756 };
    expect(haversineMeters(SEOUL_CITY_HALL, busan)).toBeCloseTo(haversineMeters(busan, SEOUL_CITY_HALL), 6);
  });

  it('matches known distances: Seoul City Hall to Busan City Hall is about 325 km, 100 m north is 100 m', () => {
    expect(haversineMeters(SEOUL_CITY_HALL, { lat: 35.1796, lng: 129.0756 }) / 1000).toBeGreaterThan(320);
    expect(haversineMeters(SEOUL_CITY_HALL, { lat: 35.1796, lng: 129.0756 }) / 1000).toBeLessThan(330);
    expect(haversineMeters(SEOUL_CITY_HALL, north(SEOUL_CITY_HALL, 100))).toBeCloseTo(100, 1);
  });

  it('shrinks east-west distances with latitude (a degree of longitude at 37.57° N is about 88 km)', () => {
    const east = { lat: SEOUL_CITY_HALL.lat, lng: SEOUL_CITY_HALL.lng + 1 };
    expect(haversineMeters(SEOUL_CITY_HALL, east) / 1000).toBeCloseTo(88.2, 0);
  });
});

describe('geofence', () => {
  const fence = { centre: SEOUL_CITY_HALL, radiusMeters: 100 };

  it('accepts a fix inside the radius and refuses one outside it', () => {
    expect(checkGeofence(fence, { ...north(SEOUL_CITY_HALL, 90), accuracy: 0 }, 50).inside).toBe(true);
    expect(checkGeofence(fence, { ...north(SEOUL_CITY_HALL, 110), accuracy: 0 }, 50).inside).toBe(false);
  });

  it('allows for the fix\'s accuracy, but never more than the cap', () => {
    const at130 = north(SEOUL_CITY_HALL, 130);
    expect(checkGeofence(fence, { ...at130, accuracy: 40 }, 50)).toMatchObject({ inside: true, allowedMeters: 140 });
    expect(checkGeofence(fence, { ...at130, accuracy: 20 }, 50).inside).toBe(false);
    // A 5 km accuracy circle would cover the whole city: only 50 m of it counts.
    expect(checkGeofence(fence, { ...north(SEOUL_CITY_HALL, 400), accuracy: 5_000 }, 50)).toMatchObject({ inside: false, allowedMeters: 150 });
  });
});

describe('BLE distance (log-distance path loss)', () => {
  it('is 1 m when the RSSI equals the calibrated power, and 10× per 10·n dB', () => {
    expect(estimateDistanceMeters(-59, -59, 2)).toBeCloseTo(1, 10);
    expect(estimateDistanceMeters(-59, -79, 2)).toBeCloseTo(10, 10);
    expect(estimateDistanceMeters(-59, -89, 3)).toBeCloseTo(10, 10);
    expect(estimateDistanceMeters(-59, -65, 2)).toBeCloseTo(1.995, 3);
  });

  it('estimates shorter distances with a larger exponent (indoors) for the same reading', () => {
    expect(estimateDistanceMeters(-59, -75, 2.5)).toBeLessThan(estimateDistanceMeters(-59, -75, 2));
  });

  it('combines the readings of one beacon by their median, so one fade or spike does not move it', () => {
    expect(median([-60, -62, -61])).toBe(-61);
    expect(median([-60, -62, -61, -95])).toBe(-61.5);
    const [estimate] = estimateKnownBeacons([BEACON], [-60, -61, -62, -99, -30].map((rssi) => ({ ...BEACON, rssi })), 2);
    expect(estimate).toMatchObject({ readings: 5, medianRssi: -61 });
    expect(estimate!.distanceMeters).toBeCloseTo(estimateDistanceMeters(-59, -61, 2), 10);
  });

  it('ignores beacons that are not the gate\'s and ranks the gate\'s beacons nearest first', () => {
    const second = { ...BEACON, minor: 8, txPower: -59 };
    const readings = [
      { ...BEACON, rssi: -75 },
      { ...second, rssi: -62 },
      { uuid: BEACON.uuid.toUpperCase(), major: 1, minor: 7, rssi: -77 },
      { uuid: '00000000-0000-4000-8000-000000000000', major: 1, minor: 7, rssi: -40 },
    ];
    const estimates = estimateKnownBeacons([BEACON, second], readings, 2);
    expect(estimates.map((e) => e.beacon.minor)).toEqual([8, 7]);
    expect(estimates[1]!.readings).toBe(2);
  });
});

describe('proximity check', () => {
  const input = {
    fence: { centre: SEOUL_CITY_HALL, radiusMeters: 150 },
    location: { ...north(SEOUL_CITY_HALL, 20), accuracy: 10 },
    gateBeacons: [BEACON],
    gateRangeMeters: 3,
    readings: [{ ...BEACON, rssi: -63 }, { ...BEACON, rssi: -65 }],
  };
  const settings = { maxAccuracyAllowanceMeters: 50, pathLossExponent: 2 };

  it('admits a phone inside the fence that hears the gate\'s beacon within range', () => {
    const verdict = checkProximity(input, settings);
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(verdict.nearest.distanceMeters).toBeCloseTo(10 ** (5 / 20), 6);
  });

  it('refuses outside the geofence first, whatever the beacons say (OUT_OF_RANGE)', () => {
    expect(checkProximity({ ...input, location: { ...north(SEOUL_CITY_HALL, 500), accuracy: 10 } }, settings)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', reason: 'OUTSIDE_GEOFENCE' });
  });

  it('refuses when none of the gate\'s beacons was heard (UNKNOWN_BEACON)', () => {
    expect(checkProximity({ ...input, readings: [{ ...BEACON, minor: 99, rssi: -50 }] }, settings)).toMatchObject({ ok: false, code: 'UNKNOWN_BEACON' });
    expect(checkProximity({ ...input, readings: [] }, settings)).toMatchObject({ ok: false, code: 'UNKNOWN_BEACON' });
  });

  it('refuses when the gate\'s beacon is heard too far away (OUT_OF_RANGE)', () => {
    // -75 dBm with n = 2 is 6.3 m from a -59 dBm beacon: beyond a 3 m gate.
    expect(checkProximity({ ...input, readings: [{ ...BEACON, rssi: -75 }] }, settings)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', reason: 'TOO_FAR_FROM_GATE' });
    // The same reading with an indoor exponent of 3 is 3.4 m: still too far; with a 4 m range it passes.
    expect(checkProximity({ ...input, gateRangeMeters: 4, readings: [{ ...BEACON, rssi: -75 }] }, { ...settings, pathLossExponent: 3 }).ok).toBe(true);
  });
});
