import type { Resolvers } from '../generated/resolvers.ts';
import { DateTimeScalar } from '@attendgate/platform';
import { Event, EventAttendance } from './Event.ts';
import { Gate } from './Gate.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Alert, AlertContact, Attendance, Beacon, Camera, CheckInResult, Emergency, GateCommand, GateControlResult, GatePass, Ticket } from './records.ts';
import { Subscription } from './Subscription.ts';
import { Venue } from './Venue.ts';

/** The GraphQL edge of the gates subgraph: arguments in, a service call, the answer out. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar, Query, Mutation, Subscription, Venue, Gate, Event, EventAttendance,
  Beacon, Camera, GateCommand, GateControlResult, Attendance, CheckInResult, GatePass, Ticket, Emergency, Alert, AlertContact,
};
