import type {
  AlertResolvers, AttendanceResolvers, BeaconResolvers, CameraResolvers, CheckInResultResolvers, EmergencyResolvers, GateCommandResolvers,
  GateControlResultResolvers, GatePassResolvers, TicketResolvers, AlertContactResolvers,
} from '../generated/resolvers.ts';
import { eventRef } from './views.ts';

async function present<T>(value: Promise<T | null>): Promise<T> {
  return (await value)!;
}

export const Beacon: BeaconResolvers = {
  gate: (beacon, _, ctx) => present(ctx.loaders.gate.load(beacon.gate.id)),
};

export const Camera: CameraResolvers = {
  gate: (camera, _, ctx) => present(ctx.loaders.gate.load(camera.gate.id)),
};

export const GateCommand: GateCommandResolvers = {
  gate: (command, _, ctx) => present(ctx.loaders.gate.load(command.gate.id)),
};

export const GateControlResult: GateControlResultResolvers = {
  command: (result, _, ctx) => present(ctx.loaders.command.load(result.commandId)),
  gate: (result, _, ctx) => present(ctx.loaders.gate.load(result.gateId)),
};

export const Attendance: AttendanceResolvers = {
  event: (attendance) => eventRef(attendance.eventId),
  gate: (attendance, _, ctx) => present(ctx.loaders.gate.load(attendance.gateId)),
  entryNumber: async (attendance, _, ctx) => (attendance.credentialKind === 'PARTICIPANT' ? ((await ctx.loaders.entry.load(attendance.credentialId))?.entryNumber ?? null) : null),
  ticketId: (attendance) => (attendance.credentialKind === 'TICKET' ? attendance.credentialId : null),
};

export const CheckInResult: CheckInResultResolvers = {
  attendance: (result, _, ctx) => present(ctx.loaders.attendance.load(result.attendanceId)),
};

export const GatePass: GatePassResolvers = {
  ticket: (pass, _, ctx) => (pass.ticketId ? ctx.loaders.ticket.load(pass.ticketId) : null),
};

export const Ticket: TicketResolvers = {
  event: (ticket) => eventRef(ticket.eventId),
};

export const Emergency: EmergencyResolvers = {
  venue: (emergency, _, ctx) => present(ctx.loaders.venue.load(emergency.venue.id)),
};

export const Alert: AlertResolvers = {
  gate: (alert, _, ctx) => (alert.gateId ? ctx.loaders.gate.load(alert.gateId) : null),
};

export const AlertContact: AlertContactResolvers = {
  phone: (contact) => contact.maskedPhone,
};
