/**
 * Is a phone inside a venue's geofence? The venue is a circle (centre and radius); the phone reports a GPS fix
 * with an accuracy radius (the 68% confidence radius phones report). A fix whose accuracy circle reaches into
 * the fence is accepted, up to a cap: a fix accurate to 2 km says nothing about being at a venue, so the
 * allowance for GPS error never exceeds `maxAccuracyAllowanceMeters`.
 */

/** Mean Earth radius (IUGG), the radius the haversine formula uses. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface DeviceLocation extends GeoPoint {
  /** The fix's accuracy radius in metres, as the phone reports it. */
  accuracy: number;
}

export interface Geofence {
  centre: GeoPoint;
  radiusMeters: number;
}

export interface GeofenceVerdict {
  inside: boolean;
  /** Distance from the venue's centre to the fix. */
  distanceMeters: number;
  /** The radius the fix was allowed: the fence's plus the capped accuracy allowance. */
  allowedMeters: number;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points (haversine), in metres; accurate to about 0.5% on Earth. */
export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function checkGeofence(fence: Geofence, location: DeviceLocation, maxAccuracyAllowanceMeters: number): GeofenceVerdict {
  const distanceMeters = haversineMeters(fence.centre, location);
  const allowedMeters = fence.radiusMeters + Math.min(Math.max(location.accuracy, 0), maxAccuracyAllowanceMeters);
  return { inside: distanceMeters <= allowedMeters, distanceMeters, allowedMeters };
}
