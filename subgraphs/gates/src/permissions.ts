import { AppError, allow, federationQueryRules, hasRole, isAuthenticated, rule, type IRules } from '@attendgate/platform';
import type { GatesContext } from './context.ts';
import type { Attendance } from './entities/index.ts';

/** Operators run venues and gates; admins may do everything operators may. */
const isStaff = hasRole('OPERATOR', 'ADMIN');
const STAFF_ROLES = new Set(['OPERATOR', 'ADMIN']);

/** The owner of the event (from EventPublished), seen through the request's loader. */
async function ownsEvent(eventId: string, ctx: GatesContext): Promise<boolean> {
  if (ctx.auth?.role !== 'OWNER') return false;
  const event = await ctx.loaders.event.load(eventId);
  return event?.ownerId === ctx.auth.userId;
}

/** An event's attendance: staff, and the shop owner whose event it is. */
const canSeeEventAttendance = rule('canSeeEventAttendance', { cache: 'no_cache' })(async (event: { id: string }, _args, ctx: GatesContext) => {
  if (!ctx.auth) return AppError.unauthenticated();
  if (STAFF_ROLES.has(ctx.auth.role) || (await ownsEvent(event.id, ctx))) return true;
  return AppError.forbidden('Only operators and the event\'s owner see its attendance.');
});

/** One passage: staff, the event's owner, and the person who presented the pass. */
const canSeeAttendance = rule('canSeeAttendance', { cache: 'no_cache' })(async (attendance: Attendance, _args, ctx: GatesContext) => {
  if (!ctx.auth) return AppError.unauthenticated();
  if (STAFF_ROLES.has(ctx.auth.role) || attendance.userId === ctx.auth.userId || (await ownsEvent(attendance.eventId, ctx))) return true;
  return AppError.forbidden('Only operators, the event\'s owner and the person who passed see this.');
});

/**
 * graphql-shield rules, deny by default (the platform sets the fallback). Rules sit on every type, not only
 * on root fields, so gates and venues fetched through `_entities` (and the payloads of the live subscription,
 * evaluated for the subscribing role) get the same rules as queries. Signed-in users see what a gate is
 * (name, direction, venue); its state, sensors, beacons, cameras and commands are for operators and admins.
 */
export const permissions: IRules = {
  Query: { ...federationQueryRules, venues: isStaff, venue: isAuthenticated, gate: isAuthenticated },
  Mutation: {
    createVenue: isStaff,
    registerGate: isStaff,
    configureBeacon: isStaff,
    registerCamera: isStaff,
    controlGate: isStaff,
    raiseEmergency: isStaff,
    clearEmergency: isStaff,
    addAlertContact: isStaff,
    assignEventToVenue: isStaff,
    issueTicket: isStaff,
    revokeTicket: isStaff,
    admitManually: isStaff,
    issueEntryPass: isAuthenticated,
    checkIn: isAuthenticated,
  },
  Subscription: { gateStateChanged: isStaff },
  Venue: { '*': isStaff, id: isAuthenticated, name: isAuthenticated, address: isAuthenticated },
  Gate: { '*': isStaff, id: isAuthenticated, name: isAuthenticated, direction: isAuthenticated, venue: isAuthenticated },
  Event: { '*': isStaff, id: isAuthenticated, attendance: canSeeEventAttendance },
  Attendance: canSeeAttendance,
  AttendanceConnection: isAuthenticated,
  EventAttendance: isAuthenticated,
  CheckInResult: isAuthenticated,
  GatePass: { '*': isAuthenticated, ticket: isStaff },
  Beacon: isStaff,
  Camera: isStaff,
  GateCommand: isStaff,
  GateCommandConnection: isStaff,
  GateControlResult: isStaff,
  GateConnection: isStaff,
  VenueConnection: isStaff,
  Emergency: isStaff,
  Alert: isStaff,
  AlertContact: isStaff,
  Ticket: isStaff,
  VenueLiveState: isStaff,
  // Reached only through fields guarded above.
  GeoPoint: allow,
  PageInfo: allow,
  _Service: allow,
};
