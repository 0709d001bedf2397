import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Integration as IntegrationEntity } from '../entities/Integration.ts';
import type { SyncJob as SyncJobEntity } from '../entities/SyncJob.ts';
import type { SyncRun as SyncRunEntity } from '../entities/SyncRun.ts';
import type { Delivery as DeliveryEntity } from '../entities/Delivery.ts';
import type { IntegrationStatusView } from '../services/views.ts';
import type { AudienceMemberView } from '../services/audience.ts';
import type { ConnectionTestResult as ConnectionTestResultView } from '../services/connectionTest.ts';
import type { IntegrationsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
  /** Any JSON value (mapping rules, which are data: see subgraphs/integrations/README.md). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddIntegrationInput = {
  connection: ConnectionInput;
  direction: SyncDirection;
  /** { push: { <EventType>: RuleSet }, pull: RuleSet }, validated when saved (INVALID_MAPPING_RULES). */
  mappingRules: Scalars['JSON']['input'];
  name: Scalars['String']['input'];
  /** Admins only: the integration receives the events of every owner. */
  platformWide?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cron schedule of the pull sync (PULL and BOTH); none: only syncNow. */
  schedule?: InputMaybe<Scalars['String']['input']>;
  /** Domain events pushed (PUSH and BOTH); each needs a rule set in mappingRules.push. */
  subscribedEvents?: InputMaybe<Array<PushEventType>>;
  type: IntegrationType;
};

export type ApiKeyAuthInput = {
  apiKey: Scalars['String']['input'];
};

/** A pulled person, masked: enough to tell records apart, not to contact anyone. */
export type AudienceMember = {
  __typename?: 'AudienceMember';
  externalId: Scalars['String']['output'];
  firstSyncedAt: Scalars['DateTime']['output'];
  lastSyncedAt: Scalars['DateTime']['output'];
  marketingConsent: Maybe<Scalars['Boolean']['output']>;
  maskedEmail: Maybe<Scalars['String']['output']>;
  maskedName: Maybe<Scalars['String']['output']>;
  maskedPhone: Maybe<Scalars['String']['output']>;
};

export type AudienceMemberConnection = {
  __typename?: 'AudienceMemberConnection';
  nodes: Array<AudienceMember>;
  pageInfo: PageInfo;
};

export type AuthKind =
  | 'API_KEY'
  | 'BASIC'
  | 'OAUTH2_CLIENT_CREDENTIALS';

export type BasicAuthInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

/** What changes; fields left out stay as they are. expectedVersion refuses an edit made on a stale copy. */
export type ConfigureIntegrationInput = {
  connection?: InputMaybe<ConnectionInput>;
  direction?: InputMaybe<SyncDirection>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  mappingRules?: InputMaybe<Scalars['JSON']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  subscribedEvents?: InputMaybe<Array<PushEventType>>;
};

/** NATIVE: the system type's own API; WEBHOOK: the generic REST/webhook adapter (push only). */
export type ConnectionDialect =
  | 'NATIVE'
  | 'WEBHOOK';

/** How the integration connects; the secrets are never shown, only a hint (client id, user name, key's last 4). */
export type ConnectionInfo = {
  __typename?: 'ConnectionInfo';
  authHint: Maybe<Scalars['String']['output']>;
  authKind: AuthKind;
  baseUrl: Scalars['String']['output'];
  dialect: ConnectionDialect;
};

export type ConnectionInput = {
  auth: IntegrationAuthInput;
  baseUrl: Scalars['String']['input'];
  dialect?: InputMaybe<ConnectionDialect>;
};

/** testConnection's answer: reachable with valid credentials, or the system's error in our terms. */
export type ConnectionTestResult = {
  __typename?: 'ConnectionTestResult';
  /** INTEGRATION_AUTH_FAILED, INTEGRATION_REJECTED, INTEGRATION_RATE_LIMITED or UPSTREAM_UNAVAILABLE. */
  code: Maybe<Scalars['String']['output']>;
  message: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  testedAt: Scalars['DateTime']['output'];
};

export type Delivery = {
  __typename?: 'Delivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  domainEventId: Scalars['ID']['output'];
  eventType: PushEventType;
  id: Scalars['ID']['output'];
  /** Sent as the idempotency key, so the system applies a delivery once however often it is sent. */
  idempotencyKey: Scalars['String']['output'];
  lastErrorCode: Maybe<Scalars['String']['output']>;
  lastErrorMessage: Maybe<Scalars['String']['output']>;
  status: DeliveryStatus;
};

export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  nodes: Array<Delivery>;
  pageInfo: PageInfo;
};

export type DeliveryStatus =
  /** Failed every attempt (or was refused by the system): the dead-letter queue, replayable. */
  | 'DEAD'
  | 'DELIVERED'
  | 'PENDING'
  /** The integration was removed or no longer subscribes to the event. */
  | 'SKIPPED';

export type Integration = {
  __typename?: 'Integration';
  /** People pulled from the system (masked), oldest first. */
  audience: AudienceMemberConnection;
  connection: ConnectionInfo;
  createdAt: Scalars['DateTime']['output'];
  /** Push deliveries, newest first; status narrows them (DEAD: the dead-letter queue). */
  deliveries: DeliveryConnection;
  direction: SyncDirection;
  id: Scalars['ID']['output'];
  mappingRules: Scalars['JSON']['output'];
  name: Scalars['String']['output'];
  ownerId: Scalars['ID']['output'];
  platformWide: Scalars['Boolean']['output'];
  status: IntegrationStatus;
  subscribedEvents: Array<PushEventType>;
  syncJob: SyncJob;
  type: IntegrationType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type IntegrationAudienceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IntegrationDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
};

/** Exactly one of the three. */
export type IntegrationAuthInput = {
  apiKey?: InputMaybe<ApiKeyAuthInput>;
  basic?: InputMaybe<BasicAuthInput>;
  oauth2?: InputMaybe<OAuth2ClientCredentialsInput>;
};

export type IntegrationConnection = {
  __typename?: 'IntegrationConnection';
  nodes: Array<Integration>;
  pageInfo: PageInfo;
};

export type IntegrationHealth =
  /** Some deliveries are waiting for a retry or the last run was partial. */
  | 'DEGRADED'
  /** Dead letters wait for a replay, the last run failed, the circuit is open or the last test failed. */
  | 'FAILING'
  /** Nothing failed lately. */
  | 'HEALTHY';

export type IntegrationStatus = {
  __typename?: 'IntegrationStatus';
  audienceSize: Scalars['Int']['output'];
  /** closed, open or half-open: the circuit breaker of this integration's calls, as the answering replica sees it. */
  circuit: Scalars['String']['output'];
  deadLetters: Scalars['Int']['output'];
  deliveredCount: Scalars['Int']['output'];
  health: IntegrationHealth;
  integrationId: Scalars['ID']['output'];
  lastDeliveredAt: Maybe<Scalars['DateTime']['output']>;
  lastRun: Maybe<SyncRun>;
  lastTestCode: Maybe<Scalars['String']['output']>;
  lastTestedAt: Maybe<Scalars['DateTime']['output']>;
  pendingDeliveries: Scalars['Int']['output'];
};

export type IntegrationType =
  | 'CRM'
  | 'ERP'
  | 'LMS'
  | 'MARKETING';

/** A named special-case transform a mapping rule can use (`special`). */
export type MappingSpecialCase = {
  __typename?: 'MappingSpecialCase';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Connects an external system. Errors: BAD_USER_INPUT (field), INVALID_MAPPING_RULES (rulePath, reason),
   * CONFLICT (name taken), FORBIDDEN.
   */
  addIntegration: Integration;
  configureIntegration: Integration;
  /** Disconnects; pending deliveries are skipped, the credentials erased. Answers the removed id. */
  removeIntegration: Scalars['ID']['output'];
  /** Puts dead letters back in the queue (all of the integration's, or the given ones). */
  replayDeadLetters: ReplayResult;
  /** Starts a pull run now. INVALID_STATE when a run is in progress or the integration does not pull. */
  syncNow: SyncRun;
  /** Reaches the system with the stored credentials; a failure is the answer (code, message), not an error. */
  testConnection: ConnectionTestResult;
  /** Sets (or, with null, clears) the pull schedule; nextRunAt follows. */
  updateSchedule: SyncJob;
};


export type MutationAddIntegrationArgs = {
  input: AddIntegrationInput;
};


export type MutationConfigureIntegrationArgs = {
  id: Scalars['ID']['input'];
  input: ConfigureIntegrationInput;
};


export type MutationRemoveIntegrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplayDeadLettersArgs = {
  deliveryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  integrationId: Scalars['ID']['input'];
};


export type MutationSyncNowArgs = {
  integrationId: Scalars['ID']['input'];
};


export type MutationTestConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateScheduleArgs = {
  integrationId: Scalars['ID']['input'];
  schedule?: InputMaybe<Scalars['String']['input']>;
};

export type OAuth2ClientCredentialsInput = {
  clientId: Scalars['String']['input'];
  clientSecret: Scalars['String']['input'];
  scope?: InputMaybe<Scalars['String']['input']>;
  /** Path of the token endpoint on the base URL; default /oauth/token. */
  tokenPath?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** The domain events an integration can push. */
export type PushEventType =
  | 'CHECKED_IN'
  | 'EVENT_PUBLISHED'
  | 'PARTICIPANT_REGISTERED'
  | 'PAYMENT_COMPLETED'
  | 'WINNER_SELECTED';

export type Query = {
  __typename?: 'Query';
  integration: Maybe<Integration>;
  integrationStatus: IntegrationStatus;
  /** The caller's integrations (admins: everyone's), newest first. */
  integrations: IntegrationConnection;
  mappingSpecialCases: Array<MappingSpecialCase>;
};


export type QueryIntegrationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIntegrationStatusArgs = {
  integrationId: Scalars['ID']['input'];
};


export type QueryIntegrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<IntegrationType>;
};

export type ReplayResult = {
  __typename?: 'ReplayResult';
  /** Dead letters put back in the queue. */
  replayed: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The integration's sync job, its current state first and again on every change. The owner and admins. */
  syncJobUpdated: SyncJob;
};


export type SubscriptionSyncJobUpdatedArgs = {
  integrationId: Scalars['ID']['input'];
};

/** Who shares a subscription's events (docs/subscriptions.md). */
export type SubscriptionScope =
  | 'PUBLIC'
  | 'ROLE'
  | 'USER';

/** PUSH: our domain events go out; PULL: the system's records come in on a schedule; BOTH. */
export type SyncDirection =
  | 'BOTH'
  | 'PULL'
  | 'PUSH';

export type SyncJob = {
  __typename?: 'SyncJob';
  integrationId: Scalars['ID']['output'];
  lastRunAt: Maybe<Scalars['DateTime']['output']>;
  lastRunStatus: Maybe<SyncRunStatus>;
  nextRunAt: Maybe<Scalars['DateTime']['output']>;
  /** Run history, newest first. */
  runs: SyncRunConnection;
  schedule: Maybe<Scalars['String']['output']>;
  status: SyncJobStatus;
};


export type SyncJobRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SyncJobStatus =
  /** The integration does not pull. */
  | 'DISABLED'
  | 'FAILED'
  | 'IDLE'
  | 'RUNNING';

export type SyncRun = {
  __typename?: 'SyncRun';
  errorCode: Maybe<Scalars['String']['output']>;
  errorSummary: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  integrationId: Scalars['ID']['output'];
  recordsFailed: Scalars['Int']['output'];
  recordsRead: Scalars['Int']['output'];
  recordsWritten: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: SyncRunStatus;
  trigger: SyncRunTrigger;
};

export type SyncRunConnection = {
  __typename?: 'SyncRunConnection';
  nodes: Array<SyncRun>;
  pageInfo: PageInfo;
};

export type SyncRunStatus =
  | 'FAILED'
  /** Every page was read but some records were refused (see errorSummary). */
  | 'PARTIAL'
  | 'RUNNING'
  | 'SUCCEEDED';

export type SyncRunTrigger =
  | 'MANUAL'
  | 'SCHEDULE';

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
  Integration: Integration;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Integration:
    ( { __typename: 'Integration' }
    & GraphQLRecursivePick<FederationTypes['Integration'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddIntegrationInput: AddIntegrationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiKeyAuthInput: ApiKeyAuthInput;
  AudienceMember: ResolverTypeWrapper<AudienceMemberView>;
  AudienceMemberConnection: ResolverTypeWrapper<Omit<AudienceMemberConnection, 'nodes'> & { nodes: Array<ResolversTypes['AudienceMember']> }>;
  AuthKind: AuthKind;
  BasicAuthInput: BasicAuthInput;
  ConfigureIntegrationInput: ConfigureIntegrationInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ConnectionDialect: ConnectionDialect;
  ConnectionInfo: ResolverTypeWrapper<ConnectionInfo>;
  ConnectionInput: ConnectionInput;
  ConnectionTestResult: ResolverTypeWrapper<ConnectionTestResultView>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delivery: ResolverTypeWrapper<DeliveryEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DeliveryConnection: ResolverTypeWrapper<Omit<DeliveryConnection, 'nodes'> & { nodes: Array<ResolversTypes['Delivery']> }>;
  DeliveryStatus: DeliveryStatus;
  Integration: ResolverTypeWrapper<IntegrationEntity>;
  IntegrationAuthInput: IntegrationAuthInput;
  IntegrationConnection: ResolverTypeWrapper<Omit<IntegrationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Integration']> }>;
  IntegrationHealth: IntegrationHealth;
  IntegrationStatus: ResolverTypeWrapper<IntegrationStatusView>;
  IntegrationType: IntegrationType;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MappingSpecialCase: ResolverTypeWrapper<MappingSpecialCase>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OAuth2ClientCredentialsInput: OAuth2ClientCredentialsInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PushEventType: PushEventType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplayResult: ResolverTypeWrapper<ReplayResult>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubscriptionScope: SubscriptionScope;
  SyncDirection: SyncDirection;
  SyncJob: ResolverTypeWrapper<SyncJobEntity>;
  SyncJobStatus: SyncJobStatus;
  SyncRun: ResolverTypeWrapper<SyncRunEntity>;
  SyncRunConnection: ResolverTypeWrapper<Omit<SyncRunConnection, 'nodes'> & { nodes: Array<ResolversTypes['SyncRun']> }>;
  SyncRunStatus: SyncRunStatus;
  SyncRunTrigger: SyncRunTrigger;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddIntegrationInput: AddIntegrationInput;
  String: Scalars['String']['output'];
  ApiKeyAuthInput: ApiKeyAuthInput;
  AudienceMember: AudienceMemberView;
  AudienceMemberConnection: Omit<AudienceMemberConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AudienceMember']> };
  BasicAuthInput: BasicAuthInput;
  ConfigureIntegrationInput: ConfigureIntegrationInput;
  Int: Scalars['Int']['output'];
  ConnectionInfo: ConnectionInfo;
  ConnectionInput: ConnectionInput;
  ConnectionTestResult: ConnectionTestResultView;
  DateTime: Scalars['DateTime']['output'];
  Delivery: DeliveryEntity;
  ID: Scalars['ID']['output'];
  DeliveryConnection: Omit<DeliveryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Delivery']> };
  Integration: IntegrationEntity;
  IntegrationAuthInput: IntegrationAuthInput;
  IntegrationConnection: Omit<IntegrationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Integration']> };
  IntegrationStatus: IntegrationStatusView;
  JSON: Scalars['JSON']['output'];
  MappingSpecialCase: MappingSpecialCase;
  Mutation: Record<PropertyKey, never>;
  OAuth2ClientCredentialsInput: OAuth2ClientCredentialsInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReplayResult: ReplayResult;
  Subscription: Record<PropertyKey, never>;
  SyncJob: SyncJobEntity;
  SyncRun: SyncRunEntity;
  SyncRunConnection: Omit<SyncRunConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['SyncRun']> };
  Boolean: Scalars['Boolean']['output'];
}>;

export type SubscriptionPolicyDirectiveArgs = {
  replayLatest?: Scalars['Boolean']['input'];
  scope?: SubscriptionScope;
};

export type SubscriptionPolicyDirectiveResolver<Result, Parent, ContextType = IntegrationsContext, Args = SubscriptionPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AudienceMemberResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['AudienceMember'] = ResolversParentTypes['AudienceMember']> = ResolversObject<{
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstSyncedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  marketingConsent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  maskedEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maskedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maskedPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AudienceMemberConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['AudienceMemberConnection'] = ResolversParentTypes['AudienceMemberConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['AudienceMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ConnectionInfoResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['ConnectionInfo'] = ResolversParentTypes['ConnectionInfo']> = ResolversObject<{
  authHint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authKind?: Resolver<ResolversTypes['AuthKind'], ParentType, ContextType>;
  baseUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dialect?: Resolver<ResolversTypes['ConnectionDialect'], ParentType, ContextType>;
}>;

export type ConnectionTestResultResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['ConnectionTestResult'] = ResolversParentTypes['ConnectionTestResult']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  testedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  domainEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['PushEventType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastErrorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
}>;

export type DeliveryConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['DeliveryConnection'] = ResolversParentTypes['DeliveryConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Delivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type IntegrationResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Integration'] = ResolversParentTypes['Integration'], FederationReferenceType extends FederationReferenceTypes['Integration'] = FederationReferenceTypes['Integration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Integration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audience?: Resolver<ResolversTypes['AudienceMemberConnection'], ParentType, ContextType, Partial<IntegrationAudienceArgs>>;
  connection?: Resolver<ResolversTypes['ConnectionInfo'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['DeliveryConnection'], ParentType, ContextType, Partial<IntegrationDeliveriesArgs>>;
  direction?: Resolver<ResolversTypes['SyncDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mappingRules?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platformWide?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IntegrationStatus'], ParentType, ContextType>;
  subscribedEvents?: Resolver<Array<ResolversTypes['PushEventType']>, ParentType, ContextType>;
  syncJob?: Resolver<ResolversTypes['SyncJob'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IntegrationType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IntegrationConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['IntegrationConnection'] = ResolversParentTypes['IntegrationConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Integration']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type IntegrationStatusResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['IntegrationStatus'] = ResolversParentTypes['IntegrationStatus']> = ResolversObject<{
  audienceSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  circuit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadLetters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['IntegrationHealth'], ParentType, ContextType>;
  integrationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDeliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastRun?: Resolver<Maybe<ResolversTypes['SyncRun']>, ParentType, ContextType>;
  lastTestCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pendingDeliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MappingSpecialCaseResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['MappingSpecialCase'] = ResolversParentTypes['MappingSpecialCase']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addIntegration?: Resolver<ResolversTypes['Integration'], ParentType, ContextType, RequireFields<MutationAddIntegrationArgs, 'input'>>;
  configureIntegration?: Resolver<ResolversTypes['Integration'], ParentType, ContextType, RequireFields<MutationConfigureIntegrationArgs, 'id' | 'input'>>;
  removeIntegration?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveIntegrationArgs, 'id'>>;
  replayDeadLetters?: Resolver<ResolversTypes['ReplayResult'], ParentType, ContextType, RequireFields<MutationReplayDeadLettersArgs, 'integrationId'>>;
  syncNow?: Resolver<ResolversTypes['SyncRun'], ParentType, ContextType, RequireFields<MutationSyncNowArgs, 'integrationId'>>;
  testConnection?: Resolver<ResolversTypes['ConnectionTestResult'], ParentType, ContextType, RequireFields<MutationTestConnectionArgs, 'id'>>;
  updateSchedule?: Resolver<ResolversTypes['SyncJob'], ParentType, ContextType, RequireFields<MutationUpdateScheduleArgs, 'integrationId'>>;
}>;

export type PageInfoResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  integration?: Resolver<Maybe<ResolversTypes['Integration']>, ParentType, ContextType, RequireFields<QueryIntegrationArgs, 'id'>>;
  integrationStatus?: Resolver<ResolversTypes['IntegrationStatus'], ParentType, ContextType, RequireFields<QueryIntegrationStatusArgs, 'integrationId'>>;
  integrations?: Resolver<ResolversTypes['IntegrationConnection'], ParentType, ContextType, Partial<QueryIntegrationsArgs>>;
  mappingSpecialCases?: Resolver<Array<ResolversTypes['MappingSpecialCase']>, ParentType, ContextType>;
}>;

export type ReplayResultResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['ReplayResult'] = ResolversParentTypes['ReplayResult']> = ResolversObject<{
  replayed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  syncJobUpdated?: SubscriptionResolver<ResolversTypes['SyncJob'], "syncJobUpdated", ParentType, ContextType, RequireFields<SubscriptionSyncJobUpdatedArgs, 'integrationId'>>;
}>;

export type SyncJobResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['SyncJob'] = ResolversParentTypes['SyncJob']> = ResolversObject<{
  integrationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastRunStatus?: Resolver<Maybe<ResolversTypes['SyncRunStatus']>, ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['SyncRunConnection'], ParentType, ContextType, Partial<SyncJobRunsArgs>>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SyncJobStatus'], ParentType, ContextType>;
}>;

export type SyncRunResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['SyncRun'] = ResolversParentTypes['SyncRun']> = ResolversObject<{
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  integrationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordsFailed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordsWritten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SyncRunStatus'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['SyncRunTrigger'], ParentType, ContextType>;
}>;

export type SyncRunConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['SyncRunConnection'] = ResolversParentTypes['SyncRunConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['SyncRun']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IntegrationsContext> = ResolversObject<{
  AudienceMember?: AudienceMemberResolvers<ContextType>;
  AudienceMemberConnection?: AudienceMemberConnectionResolvers<ContextType>;
  ConnectionInfo?: ConnectionInfoResolvers<ContextType>;
  ConnectionTestResult?: ConnectionTestResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Delivery?: DeliveryResolvers<ContextType>;
  DeliveryConnection?: DeliveryConnectionResolvers<ContextType>;
  Integration?: IntegrationResolvers<ContextType>;
  IntegrationConnection?: IntegrationConnectionResolvers<ContextType>;
  IntegrationStatus?: IntegrationStatusResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MappingSpecialCase?: MappingSpecialCaseResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReplayResult?: ReplayResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SyncJob?: SyncJobResolvers<ContextType>;
  SyncRun?: SyncRunResolvers<ContextType>;
  SyncRunConnection?: SyncRunConnectionResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = IntegrationsContext> = ResolversObject<{
  subscriptionPolicy?: SubscriptionPolicyDirectiveResolver<any, any, ContextType>;
}>;
