import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Venue as VenueEntity, Gate as GateEntity, Beacon as BeaconEntity, Camera as CameraEntity, GateCommandRecord as GateCommandEntity, Attendance as AttendanceEntity, Emergency as EmergencyEntity, Alert as AlertEntity, AlertContact as AlertContactEntity, Ticket as TicketEntity } from '../entities/index.ts';
import type { EventRef, ControlResultView, GeoPointView } from '../resolvers/views.ts';
import type { IssuedPass } from '../services/credentials.ts';
import type { CheckInOutcome } from '../services/checkIn.ts';
import type { VenueLiveStateView } from '../services/liveState.ts';
import type { Connection } from '../services/queries.ts';
import type { GatesContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date-time in UTC, such as 2025-10-22T09:30:00.000Z. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Something operators must see. Operators and admins. */
export type Alert = {
  __typename?: 'Alert';
  gate: Maybe<Gate>;
  id: Scalars['ID']['output'];
  kind: AlertKind;
  message: Scalars['String']['output'];
  raisedAt: Scalars['DateTime']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Who gets a venue's emergency alerts by SMS. Operators and admins. */
export type AlertContact = {
  __typename?: 'AlertContact';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Masked, such as 010-****-5678. */
  phone: Scalars['String']['output'];
};

export type AlertKind =
  /** A camera of the gate stopped streaming, as its gate controller reports. */
  | 'CAMERA_OFFLINE'
  | 'EMERGENCY'
  | 'GATE_FAULT'
  | 'GATE_OFFLINE'
  | 'LOW_BATTERY'
  | 'TAMPER';

/** One passage through a gate for an event. Operators, admins, the event's owner, and the person who passed. */
export type Attendance = {
  __typename?: 'Attendance';
  checkedInAt: Scalars['DateTime']['output'];
  credentialKind: CredentialKind;
  direction: PassageDirection;
  /** The participant's entry number (PARTICIPANT). */
  entryNumber: Maybe<Scalars['String']['output']>;
  event: Event;
  gate: Gate;
  id: Scalars['ID']['output'];
  method: CheckInMethod;
  /** The ticket (TICKET). */
  ticketId: Maybe<Scalars['ID']['output']>;
};

export type AttendanceConnection = {
  __typename?: 'AttendanceConnection';
  nodes: Array<Attendance>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An iBeacon at a gate. Operators and admins. */
export type Beacon = {
  __typename?: 'Beacon';
  batteryLow: Scalars['Boolean']['output'];
  batteryPercent: Maybe<Scalars['Int']['output']>;
  gate: Gate;
  id: Scalars['ID']['output'];
  /** When the gate controller last heard it. */
  lastSeenAt: Maybe<Scalars['DateTime']['output']>;
  major: Scalars['Int']['output'];
  minor: Scalars['Int']['output'];
  /** Calibrated RSSI at 1 m, dBm. */
  txPower: Scalars['Int']['output'];
  /** iBeacon proximity UUID. */
  uuid: Scalars['String']['output'];
};

export type BeaconReadingInput = {
  major: Scalars['Int']['input'];
  minor: Scalars['Int']['input'];
  /** Received signal strength, dBm. */
  rssi: Scalars['Int']['input'];
  uuid: Scalars['String']['input'];
};

/** A CCTV camera at a gate: the stream the dashboard plays. Operators and admins. */
export type Camera = {
  __typename?: 'Camera';
  gate: Gate;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  status: CameraStatus;
  /** rtsp://, rtsps:// or https:// (HLS, WebRTC page); never with credentials. */
  streamUrl: Scalars['String']['output'];
};

/** Whether a camera streams, as the gate controller it is wired to reports in its telemetry. */
export type CameraStatus =
  | 'OFFLINE'
  | 'ONLINE'
  /** Not reported yet (just registered, or its controller has not sent telemetry since). */
  | 'UNKNOWN';

export type CheckInInput = {
  /** What the phone heard while scanning; several readings of one beacon are combined (median). */
  beacons: Array<BeaconReadingInput>;
  /** A gate pass (GatePass.token). */
  credential: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  gateId: Scalars['ID']['input'];
  location: LocationInput;
};

export type CheckInMethod =
  /** An operator let the person through. */
  | 'MANUAL'
  /** The app proved the phone at the gate (geofence and beacon). */
  | 'PROXIMITY';

/** The answer to an admitted check-in. */
export type CheckInResult = {
  __typename?: 'CheckInResult';
  attendance: Attendance;
  direction: PassageDirection;
  /** Whether the gate was told to open (false when it was open already). */
  openSignalSent: Scalars['Boolean']['output'];
};

export type ConfigureBeaconInput = {
  gateId: Scalars['ID']['input'];
  major: Scalars['Int']['input'];
  minor: Scalars['Int']['input'];
  /** Calibrated RSSI at 1 m, dBm (from the beacon's configuration app). */
  txPower: Scalars['Int']['input'];
  uuid: Scalars['String']['input'];
};

export type CreateVenueInput = {
  address: Scalars['String']['input'];
  capacity: Scalars['Int']['input'];
  centre: GeoPointInput;
  name: Scalars['String']['input'];
  /** Metres, at most 2000. */
  radiusMeters: Scalars['Float']['input'];
};

export type CredentialKind =
  /** A participant's entry (participation subgraph). */
  | 'PARTICIPANT'
  /** A ticket issued by an operator. */
  | 'TICKET';

/** An emergency at a venue: while active, every gate is EMERGENCY_OPEN. Operators and admins. */
export type Emergency = {
  __typename?: 'Emergency';
  clearedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: EmergencyKind;
  message: Scalars['String']['output'];
  raisedAt: Scalars['DateTime']['output'];
  venue: Venue;
};

export type EmergencyKind =
  | 'EVACUATION'
  | 'FIRE'
  | 'MEDICAL'
  | 'OTHER'
  | 'SECURITY';

export type Event = {
  __typename?: 'Event';
  attendance: Maybe<EventAttendance>;
  /** The gates of the event's venue. */
  gates: Maybe<GateConnection>;
  id: Scalars['ID']['output'];
  /** The venue an operator assigned the event to. */
  venue: Maybe<Venue>;
};


export type EventGatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Attendance of an event. Operators, admins and the event's owner. */
export type EventAttendance = {
  __typename?: 'EventAttendance';
  /** Credentials admitted at least once. */
  admitted: Scalars['Int']['output'];
  /** Credentials inside now. */
  inside: Scalars['Int']['output'];
  /** Passages, newest first. */
  passages: AttendanceConnection;
};


/** Attendance of an event. Operators, admins and the event's owner. */
export type EventAttendancePassagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A physical gate of a venue, driven by its controller over MQTT. Any signed-in user sees its id, name,
 * direction and venue; the rest is for operators and admins.
 */
export type Gate = {
  __typename?: 'Gate';
  batteryLow: Maybe<Scalars['Boolean']['output']>;
  batteryPercent: Maybe<Scalars['Int']['output']>;
  beacons: Maybe<Array<Beacon>>;
  cameras: Maybe<Array<Camera>>;
  /** Commands sent to this gate, newest first. */
  commands: Maybe<GateCommandConnection>;
  /** Whether its passages change the venue's occupancy. */
  countsOccupancy: Maybe<Scalars['Boolean']['output']>;
  direction: GateDirection;
  /** The door sensor's last reading. */
  doorOpen: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** The controller's last heartbeat. */
  lastHeartbeatAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The operator command waiting for the controller's acknowledgement. */
  pendingCommand: Maybe<GateCommand>;
  /** Coordinates of the gate, when known. */
  position: Maybe<GeoPoint>;
  /** Where it is, in words (north entrance, lane 2). */
  positionLabel: Maybe<Scalars['String']['output']>;
  /** Largest estimated beacon distance, metres, at which a phone is at this gate. */
  rangeMeters: Maybe<Scalars['Float']['output']>;
  state: Maybe<GateState>;
  stateChangedAt: Maybe<Scalars['DateTime']['output']>;
  tamper: Maybe<Scalars['Boolean']['output']>;
  venue: Venue;
};


/**
 * A physical gate of a venue, driven by its controller over MQTT. Any signed-in user sees its id, name,
 * direction and venue; the rest is for operators and admins.
 */
export type GateCommandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A command to a gate controller. Operators and admins. */
export type GateCommand = {
  __typename?: 'GateCommand';
  /** OPEN, CLOSE, LOCK, UNLOCK, or EMERGENCY_OPEN for the system's emergency commands. */
  command: Scalars['String']['output'];
  /** Why it failed, when it did. */
  detail: Maybe<Scalars['String']['output']>;
  gate: Gate;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  settledAt: Maybe<Scalars['DateTime']['output']>;
  status: GateCommandStatus;
  /** The state the command leads to. */
  targetState: GateState;
};

export type GateCommandConnection = {
  __typename?: 'GateCommandConnection';
  nodes: Array<GateCommand>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** What an operator tells a gate to do. */
export type GateCommandKind =
  | 'CLOSE'
  | 'LOCK'
  | 'OPEN'
  | 'UNLOCK';

export type GateCommandStatus =
  /** The controller confirmed it. */
  | 'ACKNOWLEDGED'
  /** It could not be sent (the broker was unreachable): the gate is FAULT. */
  | 'FAILED'
  /** The controller refused it (jammed, tampered): the gate is FAULT. */
  | 'REJECTED'
  /** Sent; the controller has not acknowledged it yet. */
  | 'SENT'
  /** No acknowledgement within the timeout: the gate is FAULT. */
  | 'TIMED_OUT';

export type GateConnection = {
  __typename?: 'GateConnection';
  nodes: Array<Gate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The outcome of controlGate: the command as it settled, and the gate after it. */
export type GateControlResult = {
  __typename?: 'GateControlResult';
  command: GateCommand;
  gate: Gate;
};

/** Which way a gate lets people through. */
export type GateDirection =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/**
 * What the app shows at a gate (as a QR code, or kept in the app): unforgeable, names one credential for one
 * event. Keep it private: whoever holds it can use it once per entry.
 */
export type GatePass = {
  __typename?: 'GatePass';
  entryNumber: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  kind: CredentialKind;
  ticket: Maybe<Ticket>;
  token: Scalars['String']['output'];
};

/** Gate states (the GateStateChanged domain event uses the same values). */
export type GateState =
  | 'CLOSED'
  | 'EMERGENCY_OPEN'
  | 'FAULT'
  | 'LOCKED'
  | 'OFFLINE'
  | 'OPEN';

/** A point on Earth (WGS 84 degrees). */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type LiveChangeKind =
  | 'ALERT'
  | 'EMERGENCY'
  | 'GATE_STATE'
  | 'OCCUPANCY'
  /** The first message: the state when the subscription started (or restarted). */
  | 'SNAPSHOT'
  | 'TELEMETRY';

export type LocationInput = {
  /** The fix's accuracy radius, metres, as the phone reports it. */
  accuracy: Scalars['Float']['input'];
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a person who gets the venue's emergency alerts by SMS. */
  addAlertContact: AlertContact;
  /** An operator lets a pass holder through without the proximity check (phone without Bluetooth, say). */
  admitManually: CheckInResult;
  /** Assigns an event to the venue where it takes place (operators and admins). */
  assignEventToVenue: Event;
  /**
   * Checks a person in (or out) at a gate from the user app. Errors: INVALID_CREDENTIAL, GATE_LOCKED,
   * OUT_OF_RANGE, UNKNOWN_BEACON, ALREADY_CHECKED_IN, VENUE_FULL, BAD_USER_INPUT.
   */
  checkIn: CheckInResult;
  /** Ends the venue's emergency and restores its gates. Errors: INVALID_STATE (none active). */
  clearEmergency: Emergency;
  /** Adds a beacon to a gate, or recalibrates it (same uuid/major/minor on the same gate). Operators and admins. */
  configureBeacon: Beacon;
  /**
   * Sends a command to a gate's controller and waits for its acknowledgement (at most the timeout). Errors:
   * INVALID_STATE (illegal transition, extensions.state), CONFLICT (a command is already in flight).
   */
  controlGate: GateControlResult;
  /** Operators and admins. Errors: BAD_USER_INPUT, CONFLICT (name taken). */
  createVenue: Venue;
  /**
   * A participant obtains their gate pass with their entry number and the phone number they entered with.
   * Signed-in users. Errors: INVALID_CREDENTIAL (no such entry, or the phone does not match), RATE_LIMITED.
   */
  issueEntryPass: GatePass;
  /** An operator issues a ticket (guest, staff, walk-in) for an event, with its pass. */
  issueTicket: GatePass;
  /** Every gate of the venue goes EMERGENCY_OPEN at once; operators are alerted. Errors: CONFLICT (already raised). */
  raiseEmergency: Emergency;
  registerCamera: Camera;
  /** Operators and admins. The gate starts CLOSED; its controller receives its configuration over MQTT. */
  registerGate: Gate;
  revokeTicket: Ticket;
};


export type MutationAddAlertContactArgs = {
  name: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  venueId: Scalars['ID']['input'];
};


export type MutationAdmitManuallyArgs = {
  credential: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  gateId: Scalars['ID']['input'];
};


export type MutationAssignEventToVenueArgs = {
  eventId: Scalars['ID']['input'];
  venueId: Scalars['ID']['input'];
};


export type MutationCheckInArgs = {
  input: CheckInInput;
};


export type MutationClearEmergencyArgs = {
  venueId: Scalars['ID']['input'];
};


export type MutationConfigureBeaconArgs = {
  input: ConfigureBeaconInput;
};


export type MutationControlGateArgs = {
  command: GateCommandKind;
  gateId: Scalars['ID']['input'];
};


export type MutationCreateVenueArgs = {
  input: CreateVenueInput;
};


export type MutationIssueEntryPassArgs = {
  entryNumber: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  phone: Scalars['String']['input'];
};


export type MutationIssueTicketArgs = {
  eventId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};


export type MutationRaiseEmergencyArgs = {
  kind: EmergencyKind;
  message: Scalars['String']['input'];
  venueId: Scalars['ID']['input'];
};


export type MutationRegisterCameraArgs = {
  input: RegisterCameraInput;
};


export type MutationRegisterGateArgs = {
  input: RegisterGateInput;
};


export type MutationRevokeTicketArgs = {
  ticketId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Which way one person went. */
export type PassageDirection =
  | 'IN'
  | 'OUT';

export type Query = {
  __typename?: 'Query';
  gate: Maybe<Gate>;
  venue: Maybe<Venue>;
  /** Venues by name (operators and admins). */
  venues: VenueConnection;
};


export type QueryGateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVenueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterCameraInput = {
  gateId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  streamUrl: Scalars['String']['input'];
};

export type RegisterGateInput = {
  /** Default true. */
  countsOccupancy?: InputMaybe<Scalars['Boolean']['input']>;
  direction: GateDirection;
  name: Scalars['String']['input'];
  position?: InputMaybe<GeoPointInput>;
  positionLabel?: InputMaybe<Scalars['String']['input']>;
  /** Metres; default 3. */
  rangeMeters?: InputMaybe<Scalars['Float']['input']>;
  venueId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A venue's gates, occupancy and alerts, the full state first and again on every change. Operators and
   * admins; shared by everyone of the same role.
   */
  gateStateChanged: VenueLiveState;
};


export type SubscriptionGateStateChangedArgs = {
  venueId: Scalars['ID']['input'];
};

/** Who shares a subscription's events (docs/subscriptions.md). */
export type SubscriptionScope =
  | 'PUBLIC'
  | 'ROLE'
  | 'USER';

/** A ticket issued by an operator for an event. Operators and admins. */
export type Ticket = {
  __typename?: 'Ticket';
  event: Event;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  label: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

/**
 * A venue with gates: its geofence (a circle) and its capacity. Operators and admins see everything; any
 * signed-in user sees its name and address.
 */
export type Venue = {
  __typename?: 'Venue';
  /** The active emergency, if any. */
  activeEmergency: Maybe<Emergency>;
  address: Scalars['String']['output'];
  /** Who gets emergency alerts by SMS (phones masked). */
  alertContacts: Maybe<Array<AlertContact>>;
  /** Most people inside at once. */
  capacity: Maybe<Scalars['Int']['output']>;
  /** Centre of the geofence. */
  centre: Maybe<GeoPoint>;
  /** Events assigned to this venue. */
  events: Maybe<Array<Event>>;
  gates: Maybe<GateConnection>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** People inside now: admissions minus exits through gates that count. */
  occupancy: Maybe<Scalars['Int']['output']>;
  /** Open alerts, newest first. */
  openAlerts: Maybe<Array<Alert>>;
  /** Radius of the geofence, metres. */
  radiusMeters: Maybe<Scalars['Float']['output']>;
};


/**
 * A venue with gates: its geofence (a circle) and its capacity. Operators and admins see everything; any
 * signed-in user sees its name and address.
 */
export type VenueGatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A venue with gates: its geofence (a circle) and its capacity. Operators and admins see everything; any
 * signed-in user sees its name and address.
 */
export type VenueOpenAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VenueConnection = {
  __typename?: 'VenueConnection';
  nodes: Array<Venue>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A venue's live state, sent in full on every change (so a missed message is repaired by the next). */
export type VenueLiveState = {
  __typename?: 'VenueLiveState';
  activeEmergency: Maybe<Emergency>;
  at: Scalars['DateTime']['output'];
  capacity: Scalars['Int']['output'];
  /** What changed since the previous message. */
  change: LiveChangeKind;
  /** The gate the change concerns, when it concerns one. */
  changedGateId: Maybe<Scalars['ID']['output']>;
  /** Events assigned to the venue (their titles and the like come from the events subgraph). */
  events: Array<Event>;
  gates: Array<Gate>;
  occupancy: Scalars['Int']['output'];
  openAlerts: Array<Alert>;
  venue: Venue;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Event: Event;
  Gate: Gate;
  Venue: Venue;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  Gate:
    ( { __typename: 'Gate' }
    & GraphQLRecursivePick<FederationTypes['Gate'], {"id":true}> );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Alert: ResolverTypeWrapper<AlertEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AlertContact: ResolverTypeWrapper<AlertContactEntity>;
  AlertKind: AlertKind;
  Attendance: ResolverTypeWrapper<AttendanceEntity>;
  AttendanceConnection: ResolverTypeWrapper<Connection<AttendanceEntity>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Beacon: ResolverTypeWrapper<BeaconEntity>;
  BeaconReadingInput: BeaconReadingInput;
  Camera: ResolverTypeWrapper<CameraEntity>;
  CameraStatus: CameraStatus;
  CheckInInput: CheckInInput;
  CheckInMethod: CheckInMethod;
  CheckInResult: ResolverTypeWrapper<CheckInOutcome>;
  ConfigureBeaconInput: ConfigureBeaconInput;
  CreateVenueInput: CreateVenueInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CredentialKind: CredentialKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Emergency: ResolverTypeWrapper<EmergencyEntity>;
  EmergencyKind: EmergencyKind;
  Event: ResolverTypeWrapper<EventRef>;
  EventAttendance: ResolverTypeWrapper<EventRef>;
  Gate: ResolverTypeWrapper<GateEntity>;
  GateCommand: ResolverTypeWrapper<GateCommandEntity>;
  GateCommandConnection: ResolverTypeWrapper<Connection<GateCommandEntity>>;
  GateCommandKind: GateCommandKind;
  GateCommandStatus: GateCommandStatus;
  GateConnection: ResolverTypeWrapper<Connection<GateEntity>>;
  GateControlResult: ResolverTypeWrapper<ControlResultView>;
  GateDirection: GateDirection;
  GatePass: ResolverTypeWrapper<IssuedPass>;
  GateState: GateState;
  GeoPoint: ResolverTypeWrapper<GeoPointView>;
  GeoPointInput: GeoPointInput;
  LiveChangeKind: LiveChangeKind;
  LocationInput: LocationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PassageDirection: PassageDirection;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterCameraInput: RegisterCameraInput;
  RegisterGateInput: RegisterGateInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubscriptionScope: SubscriptionScope;
  Ticket: ResolverTypeWrapper<TicketEntity>;
  Venue: ResolverTypeWrapper<VenueEntity>;
  VenueConnection: ResolverTypeWrapper<Connection<VenueEntity>>;
  VenueLiveState: ResolverTypeWrapper<VenueLiveStateView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Alert: AlertEntity;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AlertContact: AlertContactEntity;
  Attendance: AttendanceEntity;
  AttendanceConnection: Connection<AttendanceEntity>;
  Int: Scalars['Int']['output'];
  Beacon: BeaconEntity;
  BeaconReadingInput: BeaconReadingInput;
  Camera: CameraEntity;
  CheckInInput: CheckInInput;
  CheckInResult: CheckInOutcome;
  ConfigureBeaconInput: ConfigureBeaconInput;
  CreateVenueInput: CreateVenueInput;
  Float: Scalars['Float']['output'];
  DateTime: Scalars['DateTime']['output'];
  Emergency: EmergencyEntity;
  Event: EventRef;
  EventAttendance: EventRef;
  Gate: GateEntity;
  GateCommand: GateCommandEntity;
  GateCommandConnection: Connection<GateCommandEntity>;
  GateConnection: Connection<GateEntity>;
  GateControlResult: ControlResultView;
  GatePass: IssuedPass;
  GeoPoint: GeoPointView;
  GeoPointInput: GeoPointInput;
  LocationInput: LocationInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterCameraInput: RegisterCameraInput;
  RegisterGateInput: RegisterGateInput;
  Subscription: Record<PropertyKey, never>;
  Ticket: TicketEntity;
  Venue: VenueEntity;
  VenueConnection: Connection<VenueEntity>;
  VenueLiveState: VenueLiveStateView;
  Boolean: Scalars['Boolean']['output'];
}>;

export type SubscriptionPolicyDirectiveArgs = {
  replayLatest?: Scalars['Boolean']['input'];
  scope?: SubscriptionScope;
};

export type SubscriptionPolicyDirectiveResolver<Result, Parent, ContextType = GatesContext, Args = SubscriptionPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AlertResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = ResolversObject<{
  gate?: Resolver<Maybe<ResolversTypes['Gate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AlertKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type AlertContactResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['AlertContact'] = ResolversParentTypes['AlertContact']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AttendanceResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = ResolversObject<{
  checkedInAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credentialKind?: Resolver<ResolversTypes['CredentialKind'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['PassageDirection'], ParentType, ContextType>;
  entryNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  gate?: Resolver<ResolversTypes['Gate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['CheckInMethod'], ParentType, ContextType>;
  ticketId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AttendanceConnectionResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['AttendanceConnection'] = ResolversParentTypes['AttendanceConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BeaconResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Beacon'] = ResolversParentTypes['Beacon']> = ResolversObject<{
  batteryLow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  batteryPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  gate?: Resolver<ResolversTypes['Gate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  major?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  txPower?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uuid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CameraResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Camera'] = ResolversParentTypes['Camera']> = ResolversObject<{
  gate?: Resolver<ResolversTypes['Gate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CameraStatus'], ParentType, ContextType>;
  streamUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CheckInResultResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['CheckInResult'] = ResolversParentTypes['CheckInResult']> = ResolversObject<{
  attendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['PassageDirection'], ParentType, ContextType>;
  openSignalSent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmergencyResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Emergency'] = ResolversParentTypes['Emergency']> = ResolversObject<{
  clearedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EmergencyKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendance?: Resolver<Maybe<ResolversTypes['EventAttendance']>, ParentType, ContextType>;
  gates?: Resolver<Maybe<ResolversTypes['GateConnection']>, ParentType, ContextType, RequireFields<EventGatesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
}>;

export type EventAttendanceResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['EventAttendance'] = ResolversParentTypes['EventAttendance']> = ResolversObject<{
  admitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inside?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passages?: Resolver<ResolversTypes['AttendanceConnection'], ParentType, ContextType, RequireFields<EventAttendancePassagesArgs, 'first'>>;
}>;

export type GateResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Gate'] = ResolversParentTypes['Gate'], FederationReferenceType extends FederationReferenceTypes['Gate'] = FederationReferenceTypes['Gate']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Gate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  batteryLow?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  batteryPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  beacons?: Resolver<Maybe<Array<ResolversTypes['Beacon']>>, ParentType, ContextType>;
  cameras?: Resolver<Maybe<Array<ResolversTypes['Camera']>>, ParentType, ContextType>;
  commands?: Resolver<Maybe<ResolversTypes['GateCommandConnection']>, ParentType, ContextType, RequireFields<GateCommandsArgs, 'first'>>;
  countsOccupancy?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['GateDirection'], ParentType, ContextType>;
  doorOpen?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastHeartbeatAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pendingCommand?: Resolver<Maybe<ResolversTypes['GateCommand']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  positionLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rangeMeters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['GateState']>, ParentType, ContextType>;
  stateChangedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tamper?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
}>;

export type GateCommandResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['GateCommand'] = ResolversParentTypes['GateCommand']> = ResolversObject<{
  command?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gate?: Resolver<ResolversTypes['Gate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GateCommandStatus'], ParentType, ContextType>;
  targetState?: Resolver<ResolversTypes['GateState'], ParentType, ContextType>;
}>;

export type GateCommandConnectionResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['GateCommandConnection'] = ResolversParentTypes['GateCommandConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['GateCommand']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GateConnectionResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['GateConnection'] = ResolversParentTypes['GateConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Gate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GateControlResultResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['GateControlResult'] = ResolversParentTypes['GateControlResult']> = ResolversObject<{
  command?: Resolver<ResolversTypes['GateCommand'], ParentType, ContextType>;
  gate?: Resolver<ResolversTypes['Gate'], ParentType, ContextType>;
}>;

export type GatePassResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['GatePass'] = ResolversParentTypes['GatePass']> = ResolversObject<{
  entryNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CredentialKind'], ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addAlertContact?: Resolver<ResolversTypes['AlertContact'], ParentType, ContextType, RequireFields<MutationAddAlertContactArgs, 'name' | 'phone' | 'venueId'>>;
  admitManually?: Resolver<ResolversTypes['CheckInResult'], ParentType, ContextType, RequireFields<MutationAdmitManuallyArgs, 'credential' | 'eventId' | 'gateId'>>;
  assignEventToVenue?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationAssignEventToVenueArgs, 'eventId' | 'venueId'>>;
  checkIn?: Resolver<ResolversTypes['CheckInResult'], ParentType, ContextType, RequireFields<MutationCheckInArgs, 'input'>>;
  clearEmergency?: Resolver<ResolversTypes['Emergency'], ParentType, ContextType, RequireFields<MutationClearEmergencyArgs, 'venueId'>>;
  configureBeacon?: Resolver<ResolversTypes['Beacon'], ParentType, ContextType, RequireFields<MutationConfigureBeaconArgs, 'input'>>;
  controlGate?: Resolver<ResolversTypes['GateControlResult'], ParentType, ContextType, RequireFields<MutationControlGateArgs, 'command' | 'gateId'>>;
  createVenue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType, RequireFields<MutationCreateVenueArgs, 'input'>>;
  issueEntryPass?: Resolver<ResolversTypes['GatePass'], ParentType, ContextType, RequireFields<MutationIssueEntryPassArgs, 'entryNumber' | 'eventId' | 'phone'>>;
  issueTicket?: Resolver<ResolversTypes['GatePass'], ParentType, ContextType, RequireFields<MutationIssueTicketArgs, 'eventId' | 'label'>>;
  raiseEmergency?: Resolver<ResolversTypes['Emergency'], ParentType, ContextType, RequireFields<MutationRaiseEmergencyArgs, 'kind' | 'message' | 'venueId'>>;
  registerCamera?: Resolver<ResolversTypes['Camera'], ParentType, ContextType, RequireFields<MutationRegisterCameraArgs, 'input'>>;
  registerGate?: Resolver<ResolversTypes['Gate'], ParentType, ContextType, RequireFields<MutationRegisterGateArgs, 'input'>>;
  revokeTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationRevokeTicketArgs, 'ticketId'>>;
}>;

export type PageInfoResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  gate?: Resolver<Maybe<ResolversTypes['Gate']>, ParentType, ContextType, RequireFields<QueryGateArgs, 'id'>>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType, RequireFields<QueryVenueArgs, 'id'>>;
  venues?: Resolver<ResolversTypes['VenueConnection'], ParentType, ContextType, RequireFields<QueryVenuesArgs, 'first'>>;
}>;

export type SubscriptionResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  gateStateChanged?: SubscriptionResolver<ResolversTypes['VenueLiveState'], "gateStateChanged", ParentType, ContextType, RequireFields<SubscriptionGateStateChangedArgs, 'venueId'>>;
}>;

export type TicketResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket']> = ResolversObject<{
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type VenueResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeEmergency?: Resolver<Maybe<ResolversTypes['Emergency']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  alertContacts?: Resolver<Maybe<Array<ResolversTypes['AlertContact']>>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  centre?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  events?: Resolver<Maybe<Array<ResolversTypes['Event']>>, ParentType, ContextType>;
  gates?: Resolver<Maybe<ResolversTypes['GateConnection']>, ParentType, ContextType, RequireFields<VenueGatesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupancy?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  openAlerts?: Resolver<Maybe<Array<ResolversTypes['Alert']>>, ParentType, ContextType, RequireFields<VenueOpenAlertsArgs, 'first'>>;
  radiusMeters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type VenueConnectionResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['VenueConnection'] = ResolversParentTypes['VenueConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Venue']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VenueLiveStateResolvers<ContextType = GatesContext, ParentType extends ResolversParentTypes['VenueLiveState'] = ResolversParentTypes['VenueLiveState']> = ResolversObject<{
  activeEmergency?: Resolver<Maybe<ResolversTypes['Emergency']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['LiveChangeKind'], ParentType, ContextType>;
  changedGateId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  gates?: Resolver<Array<ResolversTypes['Gate']>, ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openAlerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GatesContext> = ResolversObject<{
  Alert?: AlertResolvers<ContextType>;
  AlertContact?: AlertContactResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  AttendanceConnection?: AttendanceConnectionResolvers<ContextType>;
  Beacon?: BeaconResolvers<ContextType>;
  Camera?: CameraResolvers<ContextType>;
  CheckInResult?: CheckInResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Emergency?: EmergencyResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventAttendance?: EventAttendanceResolvers<ContextType>;
  Gate?: GateResolvers<ContextType>;
  GateCommand?: GateCommandResolvers<ContextType>;
  GateCommandConnection?: GateCommandConnectionResolvers<ContextType>;
  GateConnection?: GateConnectionResolvers<ContextType>;
  GateControlResult?: GateControlResultResolvers<ContextType>;
  GatePass?: GatePassResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  VenueConnection?: VenueConnectionResolvers<ContextType>;
  VenueLiveState?: VenueLiveStateResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = GatesContext> = ResolversObject<{
  subscriptionPolicy?: SubscriptionPolicyDirectiveResolver<any, any, ContextType>;
}>;
