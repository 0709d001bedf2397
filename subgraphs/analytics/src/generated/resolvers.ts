import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EventReference, MetricsView, ComparisonView } from '../services/views.ts';
import type { AnalyticsContext } from '../context.ts';
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
  /**
   * An amount of Korean won: a whole number (no fractions exist), as a JSON number. Unlike Int it is not limited to
   * 32 bits, so sums in reports cannot overflow.
   */
  Krw: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ChannelMetrics = {
  __typename?: 'ChannelMetrics';
  channel: MediaChannel;
  /** participants / reach. */
  conversionRate: Maybe<Scalars['Float']['output']>;
  costKrw: Scalars['Krw']['output'];
  distribution: DistributionState;
  /** The channel's error code when the distribution FAILED. */
  distributionError: Maybe<Scalars['String']['output']>;
  participants: Scalars['Int']['output'];
  reach: Maybe<Scalars['Int']['output']>;
  stats: ChannelStatsState;
  /** When the figures were last collected successfully. */
  statsCollectedAt: Maybe<Scalars['DateTime']['output']>;
  /** Post views (impressions, reads, plays: the channel's own measure); null before the first collection. */
  views: Maybe<Scalars['Int']['output']>;
};

export type ChannelRanking = {
  __typename?: 'ChannelRanking';
  channel: MediaChannel;
  conversionRate: Maybe<Scalars['Float']['output']>;
  costKrw: Scalars['Krw']['output'];
  /** Events distributed to the channel, or with entries through it. */
  events: Scalars['Int']['output'];
  participants: Scalars['Int']['output'];
  reach: Scalars['Int']['output'];
};

/** The state of a channel's post statistics. */
export type ChannelStatsState =
  /** The last collection succeeded. */
  | 'FRESH'
  /** Nothing collected yet (not published, or the first collection has not run). */
  | 'NONE'
  /** The last collection failed (the channel is down or its breaker is open): the figures are the last known ones. */
  | 'STALE';

/** A channel's distribution for the event. */
export type DistributionState =
  | 'FAILED'
  /** Entries came through this channel, but the event was not distributed to it. */
  | 'NOT_PLANNED'
  /** Chosen at publication, no result yet. */
  | 'PLANNED'
  | 'PUBLISHED';

/**
 * The event (owned by the events subgraph), with its performance figures. The event's owner and admins only;
 * anyone else gets FORBIDDEN.
 */
export type Event = {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  /** The event's figures now (from the cache, or computed from analytics' own data); null before analytics heard of the event. */
  metrics: Maybe<EventMetrics>;
};

/** An owner's events side by side: which channels and which purpose worked best. */
export type EventComparison = {
  __typename?: 'EventComparison';
  /** The purpose with the most participants per event; null without events. */
  bestPurpose: Maybe<EventPurpose>;
  costTotalKrw: Scalars['Krw']['output'];
  /** The events compared (the owner's most recent, at most `first`). */
  eventCount: Scalars['Int']['output'];
  /** The events, most participants first. */
  events: Array<EventRanking>;
  participantsTotal: Scalars['Int']['output'];
  /** Purposes by average participants per event, best first. */
  purposes: Array<PurposeRanking>;
  /** Channels by participants brought, most first. */
  topChannels: Array<ChannelRanking>;
};

export type EventCost = {
  __typename?: 'EventCost';
  /** What the channels charged. */
  distributionKrw: Scalars['Krw']['output'];
  /** Prize quantity × unit value. */
  prizeKrw: Scalars['Krw']['output'];
  totalKrw: Scalars['Krw']['output'];
};

/**
 * The performance dashboard of one event (seed 002, performance analysis flow). Rates are fractions (0.0123 is
 * 1.23 %), null when their denominator is zero.
 */
export type EventMetrics = {
  __typename?: 'EventMetrics';
  /** The newest fact (an entry, a distribution, a channel collection) the figures include; null when none yet. */
  asOf: Maybe<Scalars['DateTime']['output']>;
  /** Per channel: every channel chosen for the event and every channel entries came through. */
  byChannel: Array<ChannelMetrics>;
  /** Entries per day (Korean calendar days), oldest first. */
  byDay: Array<TimeBucket>;
  /** Entries per hour (UTC hour starts), the most recent `last` hours that had entries, oldest first; at most 744. */
  byHour: Array<TimeBucket>;
  /** Admissions through a venue's gates (gates' CheckedIn, direction IN). */
  checkIns: Scalars['Int']['output'];
  /** When these figures were computed. */
  computedAt: Scalars['DateTime']['output'];
  /** participantsTotal / reach. */
  conversionRate: Maybe<Scalars['Float']['output']>;
  cost: EventCost;
  costPerParticipantKrw: Maybe<Scalars['Krw']['output']>;
  /** participants × value per participant + store visits × value per store visit (docs/decisions/analytics-roi.md). */
  estimatedValueKrw: Scalars['Krw']['output'];
  event: Event;
  /** Customers whose first entry with this shop (any of its events) is in this event. */
  newCustomers: Scalars['Int']['output'];
  participantsTotal: Scalars['Int']['output'];
  /** Sum of the channels' reach (last known figures). */
  reach: Scalars['Int']['output'];
  /** Customers who had entered an earlier event of the same shop. */
  returningCustomers: Scalars['Int']['output'];
  /** (estimatedValueKrw − cost.totalKrw) / cost.totalKrw; null when nothing was spent. */
  roi: Maybe<Scalars['Float']['output']>;
  source: MetricsSource;
  /** Entries marked as a store visit. */
  storeVisits: Scalars['Int']['output'];
  /** Sum of the channels' post views (last known figures). */
  views: Scalars['Int']['output'];
  winners: Scalars['Int']['output'];
};


/**
 * The performance dashboard of one event (seed 002, performance analysis flow). Rates are fractions (0.0123 is
 * 1.23 %), null when their denominator is zero.
 */
export type EventMetricsByHourArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a shop runs the event (seed 002, UFR-EVENT-020). */
export type EventPurpose =
  | 'AWARENESS'
  | 'NEW_CUSTOMERS'
  | 'NEW_PRODUCT'
  | 'REVISIT'
  | 'SALES_BOOST'
  | 'SEASONAL';

export type EventRanking = {
  __typename?: 'EventRanking';
  conversionRate: Maybe<Scalars['Float']['output']>;
  costKrw: Scalars['Krw']['output'];
  event: Event;
  participants: Scalars['Int']['output'];
  purpose: Maybe<EventPurpose>;
  reach: Scalars['Int']['output'];
  roi: Maybe<Scalars['Float']['output']>;
};

/** The media channels an event is distributed to. */
export type MediaChannel =
  /** 지니TV */
  | 'GENIE_TV'
  | 'INSTAGRAM'
  | 'KAKAO_CHANNEL'
  /** 우리동네TV */
  | 'LOCAL_TV'
  | 'NAVER_BLOG'
  /** 링고비즈 (business ring-back tone) */
  | 'RINGO_BIZ';

/** Where a set of figures came from. */
export type MetricsSource =
  /** The Redis cache (kept for an hour, refreshed whenever the figures change). */
  | 'CACHE'
  /** Computed from analytics' database just now (a cache miss); channels are never called for it. */
  | 'DATABASE';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Collects the event's post statistics from its channels now, in parallel, each behind its circuit breaker and
   * timeout, and answers the refreshed dashboard. A channel that fails keeps its last figure, marked STALE. The
   * event's owner only.
   */
  refreshChannelStats: EventMetrics;
};


export type MutationRefreshChannelStatsArgs = {
  eventId: Scalars['ID']['input'];
};

export type PurposeRanking = {
  __typename?: 'PurposeRanking';
  averageParticipants: Scalars['Float']['output'];
  events: Scalars['Int']['output'];
  participants: Scalars['Int']['output'];
  purpose: EventPurpose;
  /** ROI of the purpose's events together; null when nothing was spent. */
  roi: Maybe<Scalars['Float']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The performance dashboard of one event: its owner or an admin. NOT_FOUND when analytics never heard of it. */
  dashboard: EventMetrics;
  /**
   * The owner's events compared (the most recent `first`, at most 100). Owners compare their own events (ownerId
   * omitted or their own id); admins name the owner.
   */
  eventComparison: EventComparison;
};


export type QueryDashboardArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryEventComparisonArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The event's dashboard now, then again whenever its figures change (at most a few messages per second under
   * load: changes are coalesced). Its owner or an admin.
   */
  eventMetricsUpdated: EventMetrics;
};


export type SubscriptionEventMetricsUpdatedArgs = {
  eventId: Scalars['ID']['input'];
};

/** Who shares a subscription's events (docs/subscriptions.md). */
export type SubscriptionScope =
  | 'PUBLIC'
  | 'ROLE'
  | 'USER';

export type TimeBucket = {
  __typename?: 'TimeBucket';
  participants: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ChannelMetrics: ResolverTypeWrapper<ChannelMetrics>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ChannelRanking: ResolverTypeWrapper<ChannelRanking>;
  ChannelStatsState: ChannelStatsState;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistributionState: DistributionState;
  Event: ResolverTypeWrapper<EventReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EventComparison: ResolverTypeWrapper<ComparisonView>;
  EventCost: ResolverTypeWrapper<EventCost>;
  EventMetrics: ResolverTypeWrapper<MetricsView>;
  EventPurpose: EventPurpose;
  EventRanking: ResolverTypeWrapper<Omit<EventRanking, 'event'> & { event: ResolversTypes['Event'] }>;
  Krw: ResolverTypeWrapper<Scalars['Krw']['output']>;
  MediaChannel: MediaChannel;
  MetricsSource: MetricsSource;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PurposeRanking: ResolverTypeWrapper<PurposeRanking>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubscriptionScope: SubscriptionScope;
  TimeBucket: ResolverTypeWrapper<TimeBucket>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ChannelMetrics: ChannelMetrics;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ChannelRanking: ChannelRanking;
  DateTime: Scalars['DateTime']['output'];
  Event: EventReference;
  ID: Scalars['ID']['output'];
  EventComparison: ComparisonView;
  EventCost: EventCost;
  EventMetrics: MetricsView;
  EventRanking: Omit<EventRanking, 'event'> & { event: ResolversParentTypes['Event'] };
  Krw: Scalars['Krw']['output'];
  Mutation: Record<PropertyKey, never>;
  PurposeRanking: PurposeRanking;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  TimeBucket: TimeBucket;
  Boolean: Scalars['Boolean']['output'];
}>;

export type SubscriptionPolicyDirectiveArgs = {
  replayLatest?: Scalars['Boolean']['input'];
  scope?: SubscriptionScope;
};

export type SubscriptionPolicyDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = SubscriptionPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChannelMetricsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ChannelMetrics'] = ResolversParentTypes['ChannelMetrics']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['MediaChannel'], ParentType, ContextType>;
  conversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  costKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  distribution?: Resolver<ResolversTypes['DistributionState'], ParentType, ContextType>;
  distributionError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reach?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['ChannelStatsState'], ParentType, ContextType>;
  statsCollectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  views?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ChannelRankingResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ChannelRanking'] = ResolversParentTypes['ChannelRanking']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['MediaChannel'], ParentType, ContextType>;
  conversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  costKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EventMetrics']>, ParentType, ContextType>;
}>;

export type EventComparisonResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['EventComparison'] = ResolversParentTypes['EventComparison']> = ResolversObject<{
  bestPurpose?: Resolver<Maybe<ResolversTypes['EventPurpose']>, ParentType, ContextType>;
  costTotalKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  eventCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['EventRanking']>, ParentType, ContextType>;
  participantsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['PurposeRanking']>, ParentType, ContextType>;
  topChannels?: Resolver<Array<ResolversTypes['ChannelRanking']>, ParentType, ContextType>;
}>;

export type EventCostResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['EventCost'] = ResolversParentTypes['EventCost']> = ResolversObject<{
  distributionKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  prizeKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  totalKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
}>;

export type EventMetricsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['EventMetrics'] = ResolversParentTypes['EventMetrics']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  byChannel?: Resolver<Array<ResolversTypes['ChannelMetrics']>, ParentType, ContextType>;
  byDay?: Resolver<Array<ResolversTypes['TimeBucket']>, ParentType, ContextType>;
  byHour?: Resolver<Array<ResolversTypes['TimeBucket']>, ParentType, ContextType, RequireFields<EventMetricsByHourArgs, 'last'>>;
  checkIns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  conversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['EventCost'], ParentType, ContextType>;
  costPerParticipantKrw?: Resolver<Maybe<ResolversTypes['Krw']>, ParentType, ContextType>;
  estimatedValueKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  newCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participantsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returningCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['MetricsSource'], ParentType, ContextType>;
  storeVisits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  views?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  winners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventRankingResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['EventRanking'] = ResolversParentTypes['EventRanking']> = ResolversObject<{
  conversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  costKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['EventPurpose']>, ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Krw'], any> {
  name: 'Krw';
}

export type MutationResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  refreshChannelStats?: Resolver<ResolversTypes['EventMetrics'], ParentType, ContextType, RequireFields<MutationRefreshChannelStatsArgs, 'eventId'>>;
}>;

export type PurposeRankingResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['PurposeRanking'] = ResolversParentTypes['PurposeRanking']> = ResolversObject<{
  averageParticipants?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['EventPurpose'], ParentType, ContextType>;
  roi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  dashboard?: Resolver<ResolversTypes['EventMetrics'], ParentType, ContextType, RequireFields<QueryDashboardArgs, 'eventId'>>;
  eventComparison?: Resolver<ResolversTypes['EventComparison'], ParentType, ContextType, RequireFields<QueryEventComparisonArgs, 'first'>>;
}>;

export type SubscriptionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  eventMetricsUpdated?: SubscriptionResolver<ResolversTypes['EventMetrics'], "eventMetricsUpdated", ParentType, ContextType, RequireFields<SubscriptionEventMetricsUpdatedArgs, 'eventId'>>;
}>;

export type TimeBucketResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['TimeBucket'] = ResolversParentTypes['TimeBucket']> = ResolversObject<{
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AnalyticsContext> = ResolversObject<{
  ChannelMetrics?: ChannelMetricsResolvers<ContextType>;
  ChannelRanking?: ChannelRankingResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventComparison?: EventComparisonResolvers<ContextType>;
  EventCost?: EventCostResolvers<ContextType>;
  EventMetrics?: EventMetricsResolvers<ContextType>;
  EventRanking?: EventRankingResolvers<ContextType>;
  Krw?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PurposeRanking?: PurposeRankingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimeBucket?: TimeBucketResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = AnalyticsContext> = ResolversObject<{
  subscriptionPolicy?: SubscriptionPolicyDirectiveResolver<any, any, ContextType>;
}>;
