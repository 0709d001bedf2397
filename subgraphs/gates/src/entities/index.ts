import { ProcessedDomainEventSchema } from '@attendgate/platform';
import { AlertSchema } from './Alert.ts';
import { AlertContactSchema } from './AlertContact.ts';
import { AttendanceSchema } from './Attendance.ts';
import { BeaconSchema } from './Beacon.ts';
import { CameraSchema } from './Camera.ts';
import { EmergencySchema } from './Emergency.ts';
import { EntrySchema } from './Entry.ts';
import { EventRecordSchema } from './EventRecord.ts';
import { GateSchema } from './Gate.ts';
import { GateCommandRecordSchema } from './GateCommandRecord.ts';
import { OccupancySlotSchema } from './OccupancySlot.ts';
import { PresenceSchema } from './Presence.ts';
import { TicketSchema } from './Ticket.ts';
import { VenueSchema } from './Venue.ts';

export { Venue } from './Venue.ts';
export { OccupancySlot } from './OccupancySlot.ts';
export { Gate } from './Gate.ts';
export { Beacon } from './Beacon.ts';
export { Camera, CAMERA_STATUSES } from './Camera.ts';
export { GateCommandRecord, COMMAND_STATUSES } from './GateCommandRecord.ts';
export { Attendance, CREDENTIAL_KINDS, CHECK_IN_METHODS } from './Attendance.ts';
export { Presence } from './Presence.ts';
export { Entry } from './Entry.ts';
export { Ticket } from './Ticket.ts';
export { EventRecord } from './EventRecord.ts';
export { Emergency, EMERGENCY_KINDS } from './Emergency.ts';
export { Alert, ALERT_KINDS } from './Alert.ts';
export { AlertContact } from './AlertContact.ts';

/** Every entity of the gates subgraph, for the ORM and the migrations (it consumes domain events, hence the last). */
export const entities = [
  VenueSchema, OccupancySlotSchema, GateSchema, BeaconSchema, CameraSchema, GateCommandRecordSchema, AttendanceSchema, PresenceSchema, EntrySchema,
  TicketSchema, EventRecordSchema, EmergencySchema, AlertSchema, AlertContactSchema, ProcessedDomainEventSchema,
];
