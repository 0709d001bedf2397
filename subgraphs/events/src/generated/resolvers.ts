import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Event as EventEntity } from '../entities/Event.ts';
import type { JobView } from '../services/jobViews.ts';
import type { Recommendation as RecommendationEntity } from '../entities/Recommendation.ts';
import type { EventImage as EventImageEntity } from '../entities/EventImage.ts';
import type { ChannelDistribution as ChannelDistributionEntity } from '../entities/ChannelDistribution.ts';
import type { EventsContext } from '../context.ts';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** How the event fared on one channel. */
export type ChannelDistribution = {
  __typename?: 'ChannelDistribution';
  attempts: Scalars['Int']['output'];
  channel: MediaChannel;
  /** What the channel charged, in whole won. */
  costKrw: Scalars['Int']['output'];
  errorCode: Maybe<Scalars['String']['output']>;
  errorMessage: Maybe<Scalars['String']['output']>;
  /** The channel's id of the post (campaign, ad, media, message). */
  externalPostId: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  status: DistributionStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type CreateEventDraftInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  purpose: EventPurpose;
  store: StoreContextInput;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type DistributionResult = {
  __typename?: 'DistributionResult';
  /** The channels this run distributed to, with their outcome. */
  distributions: Array<ChannelDistribution>;
};

export type DistributionStatus =
  /** Every attempt failed, or the channel refused; retryDistribution(channel) tries again. */
  | 'FAILED'
  /** Waiting for its turn in the distribution job. */
  | 'PENDING'
  | 'PUBLISHED';

/**
 * An event of a shop owner. Only the owner and admins see its fields. Other subgraphs add fields
 * (participants, metrics, gates).
 */
export type Event = {
  __typename?: 'Event';
  chosenRecommendation: Maybe<Recommendation>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** One entry per chosen channel once approved. */
  distributions: Array<ChannelDistribution>;
  endedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The current image of each generated format. */
  images: Array<EventImage>;
  /** The event's jobs, newest first. */
  jobs: JobConnection;
  owner: User;
  participationMethod: Maybe<EventParticipationMethod>;
  period: Maybe<EventPeriod>;
  prize: Maybe<Prize>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  purpose: EventPurpose;
  /** The latest set of AI suggestions (newest request), best first. */
  recommendations: Array<Recommendation>;
  status: EventStatus;
  store: StoreContext;
  title: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * An event of a shop owner. Only the owner and admins see its fields. Other subgraphs add fields
 * (participants, metrics, gates).
 */
export type EventJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A poster image of the event, a real PNG. */
export type EventImage = {
  __typename?: 'EventImage';
  byteSize: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  platform: ImagePlatform;
  source: ImageSource;
  style: ImageStyle;
  /**
   * Where to get the PNG, through the gateway. Public once the event is published (channels download it);
   * before that a signed link that expires.
   */
  url: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};

/** How customers take part. */
export type EventParticipationMethod =
  /** Leave name and phone in the entry form. */
  | 'ENTRY_FORM'
  /** Show a purchase receipt. */
  | 'RECEIPT'
  /** Write a review after a visit. */
  | 'REVIEW'
  /** Follow the shop on SNS and share the post. */
  | 'SNS_FOLLOW'
  /** Check in at the shop (QR). */
  | 'STORE_VISIT';

export type EventPeriod = {
  __typename?: 'EventPeriod';
  /** When winners are announced. */
  announcesAt: Maybe<Scalars['DateTime']['output']>;
  /** Exclusive: the event takes entries until this instant. */
  endsAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type EventPeriodInput = {
  announcesAt?: InputMaybe<Scalars['DateTime']['input']>;
  endsAt: Scalars['DateTime']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** Why a shop runs the event (seed 002, UFR-EVENT-020). */
export type EventPurpose =
  | 'AWARENESS'
  | 'NEW_CUSTOMERS'
  | 'NEW_PRODUCT'
  | 'REVISIT'
  | 'SALES_BOOST'
  | 'SEASONAL';

/**
 * Where an event stands. DRAFT → RECOMMENDING (AI job) → READY (plans arrived) → PUBLISHED (approved and
 * distributed) → ENDED. DRAFT, RECOMMENDING, READY and PUBLISHED may be CANCELLED. No other move exists.
 */
export type EventStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'ENDED'
  | 'PUBLISHED'
  | 'READY'
  | 'RECOMMENDING';

/** What the AI expects the plan to achieve. */
export type ExpectedEffect = {
  __typename?: 'ExpectedEffect';
  estimatedCostKrw: Maybe<Scalars['Int']['output']>;
  estimatedParticipants: Maybe<Scalars['Int']['output']>;
  summary: Scalars['String']['output'];
};

/** Image formats, one per place an image is shown. */
export type ImagePlatform =
  /** 1200×630: Naver Blog header and link previews. */
  | 'BLOG_BANNER'
  /** 1080×1080: Instagram feed. */
  | 'INSTAGRAM_SQUARE'
  /** 1080×1920: Instagram and Kakao stories. */
  | 'INSTAGRAM_STORY'
  /** 800×800: Kakao channel feed message. */
  | 'KAKAO_FEED'
  /** 1920×1080: 우리동네TV and 지니TV screens. */
  | 'TV_SCREEN';

/** Where an image's background came from. */
export type ImageSource =
  /** The image-generation service painted it. */
  | 'GENERATED'
  /** The built-in template (the service was slow, down, or refused). */
  | 'TEMPLATE';

/** The look of generated images. */
export type ImageStyle =
  | 'SIMPLE'
  | 'TRENDY'
  | 'VIBRANT';

export type ImagesResult = {
  __typename?: 'ImagesResult';
  images: Array<EventImage>;
};

/** A durable background job (AI recommendations, images, distribution) and where it stands. */
export type Job = {
  __typename?: 'Job';
  /** Runs started so far (a retry is a new attempt). */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  errorCode: Maybe<Scalars['String']['output']>;
  errorMessage: Maybe<Scalars['String']['output']>;
  event: Event;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: JobKind;
  maxAttempts: Scalars['Int']['output'];
  /** When a FAILED job runs again. */
  nextRetryAt: Maybe<Scalars['DateTime']['output']>;
  /** 0 to 100. */
  progress: Scalars['Int']['output'];
  result: Maybe<JobResult>;
  startedAt: Maybe<Scalars['DateTime']['output']>;
  status: JobStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type JobConnection = {
  __typename?: 'JobConnection';
  nodes: Array<Job>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JobKind =
  | 'AI_RECOMMENDATION'
  | 'DISTRIBUTION'
  | 'IMAGE_GENERATION';

/** What a finished job produced. */
export type JobResult = DistributionResult | ImagesResult | RecommendationsResult;

/**
 * QUEUED (waiting for a worker) → RUNNING → SUCCEEDED; a failed run is FAILED and is retried with exponential
 * backoff; after the last retry it is DEAD (in the dead-letter queue) until retryJob.
 */
export type JobStatus =
  | 'DEAD'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

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

/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * READY with a chosen recommendation → PUBLISHED, and distributes to every channel in parallel. Each channel
   * except RINGO_BIZ needs its image format generated first (IMAGES_REQUIRED).
   */
  approveAndDistribute: Job;
  cancelEvent: Event;
  createEventDraft: Event;
  /** PUBLISHED → ENDED (also happens by itself when the period ends). */
  endEvent: Event;
  /** Renders posters for the platforms (title, prize, period); the event needs a title, prize and period. */
  generateEventImages: Job;
  /** Asks the AI for 3 or more plans: DRAFT or READY → RECOMMENDING. */
  requestAiRecommendations: Job;
  /** Distributes once more to one channel whose distribution FAILED. */
  retryDistribution: Job;
  /** Runs a DEAD job again (the event's owner or an operator). */
  retryJob: Job;
  /** Copies a suggested plan (title, description, prize, period, method) into the event; READY only. */
  selectRecommendation: Event;
  /** DRAFT or READY events only. */
  updateEventDraft: Event;
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationApproveAndDistributeArgs = {
  channels: Array<MediaChannel>;
  eventId: Scalars['ID']['input'];
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationCancelEventArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationCreateEventDraftArgs = {
  input: CreateEventDraftInput;
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationEndEventArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationGenerateEventImagesArgs = {
  eventId: Scalars['ID']['input'];
  platforms: Array<ImagePlatform>;
  style: ImageStyle;
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationRequestAiRecommendationsArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationRetryDistributionArgs = {
  channel: MediaChannel;
  eventId: Scalars['ID']['input'];
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationRetryJobArgs = {
  jobId: Scalars['ID']['input'];
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationSelectRecommendationArgs = {
  eventId: Scalars['ID']['input'];
  recommendationId: Scalars['ID']['input'];
};


/**
 * Mutations that start work return the Job; follow it with jobUpdated. Starting work that is already under way
 * (a double click) returns the job already doing it. Errors: BAD_USER_INPUT (extensions.field), NOT_FOUND,
 * INVALID_STATE (extensions.state), IMAGES_REQUIRED (extensions.platforms).
 */
export type MutationUpdateEventDraftArgs = {
  eventId: Scalars['ID']['input'];
  input: UpdateEventDraftInput;
};

export type MyEventsFilter = {
  purpose?: InputMaybe<EventPurpose>;
  status?: InputMaybe<Array<EventStatus>>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Prize = {
  __typename?: 'Prize';
  name: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  /** Value of one prize in whole won. */
  unitValueKrw: Scalars['Int']['output'];
};

export type PrizeInput = {
  name: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  unitValueKrw: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One event: its owner or an admin. NOT_FOUND otherwise. */
  event: Maybe<Event>;
  /** One job: the event's owner, an operator or an admin. NOT_FOUND otherwise. */
  job: Maybe<Job>;
  /** The caller's events, newest first (owners; admins see their own too). */
  myEvents: EventConnection;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MyEventsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One event plan the AI suggested. */
export type Recommendation = {
  __typename?: 'Recommendation';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  expectedEffect: ExpectedEffect;
  /** True when the provider failed and this is the last good answer for the same inputs. */
  fromFallback: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  participationMethod: EventParticipationMethod;
  period: EventPeriod;
  prize: Prize;
  title: Scalars['String']['output'];
};

export type RecommendationsResult = {
  __typename?: 'RecommendationsResult';
  /** Where the plans came from: PROVIDER, CACHE (same inputs within 24 h) or FALLBACK (last good answer). */
  origin: Scalars['String']['output'];
  recommendations: Array<Recommendation>;
};

/** The shop an event is for, as the owner's app passed it (seed 004: the app reads the store itself). */
export type StoreContext = {
  __typename?: 'StoreContext';
  /** The kind of shop (cafe, restaurant, ...). */
  category: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Where the shop is (for example 서울 강남구). */
  region: Scalars['String']['output'];
};

export type StoreContextInput = {
  category: Scalars['String']['input'];
  name: Scalars['String']['input'];
  region: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The job now, then every change of status or progress; ends after SUCCEEDED or DEAD. The event's owner only. */
  jobUpdated: Job;
};


export type SubscriptionJobUpdatedArgs = {
  jobId: Scalars['ID']['input'];
};

export type SubscriptionScope =
  | 'PUBLIC'
  | 'ROLE'
  | 'USER';

/** Fields to change; the ones left out stay as they are. */
export type UpdateEventDraftInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  participationMethod?: InputMaybe<EventParticipationMethod>;
  period?: InputMaybe<EventPeriodInput>;
  prize?: InputMaybe<PrizeInput>;
  purpose?: InputMaybe<EventPurpose>;
  store?: InputMaybe<StoreContextInput>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
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

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  JobResult:
    | ( Omit<DistributionResult, 'distributions'> & { distributions: Array<_RefType['ChannelDistribution']> } )
    | ( Omit<ImagesResult, 'images'> & { images: Array<_RefType['EventImage']> } )
    | ( Omit<RecommendationsResult, 'recommendations'> & { recommendations: Array<_RefType['Recommendation']> } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ChannelDistribution: ResolverTypeWrapper<ChannelDistributionEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateEventDraftInput: CreateEventDraftInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistributionResult: ResolverTypeWrapper<Omit<DistributionResult, 'distributions'> & { distributions: Array<ResolversTypes['ChannelDistribution']> }>;
  DistributionStatus: DistributionStatus;
  Event: ResolverTypeWrapper<EventEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'nodes'> & { nodes: Array<ResolversTypes['Event']> }>;
  EventImage: ResolverTypeWrapper<EventImageEntity>;
  EventParticipationMethod: EventParticipationMethod;
  EventPeriod: ResolverTypeWrapper<EventPeriod>;
  EventPeriodInput: EventPeriodInput;
  EventPurpose: EventPurpose;
  EventStatus: EventStatus;
  ExpectedEffect: ResolverTypeWrapper<ExpectedEffect>;
  ImagePlatform: ImagePlatform;
  ImageSource: ImageSource;
  ImageStyle: ImageStyle;
  ImagesResult: ResolverTypeWrapper<Omit<ImagesResult, 'images'> & { images: Array<ResolversTypes['EventImage']> }>;
  Job: ResolverTypeWrapper<JobView>;
  JobConnection: ResolverTypeWrapper<Omit<JobConnection, 'nodes'> & { nodes: Array<ResolversTypes['Job']> }>;
  JobKind: JobKind;
  JobResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['JobResult']>;
  JobStatus: JobStatus;
  MediaChannel: MediaChannel;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MyEventsFilter: MyEventsFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Prize: ResolverTypeWrapper<Prize>;
  PrizeInput: PrizeInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recommendation: ResolverTypeWrapper<RecommendationEntity>;
  RecommendationsResult: ResolverTypeWrapper<Omit<RecommendationsResult, 'recommendations'> & { recommendations: Array<ResolversTypes['Recommendation']> }>;
  StoreContext: ResolverTypeWrapper<StoreContext>;
  StoreContextInput: StoreContextInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubscriptionScope: SubscriptionScope;
  UpdateEventDraftInput: UpdateEventDraftInput;
  User: ResolverTypeWrapper<User>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ChannelDistribution: ChannelDistributionEntity;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  CreateEventDraftInput: CreateEventDraftInput;
  DateTime: Scalars['DateTime']['output'];
  DistributionResult: Omit<DistributionResult, 'distributions'> & { distributions: Array<ResolversParentTypes['ChannelDistribution']> };
  Event: EventEntity;
  ID: Scalars['ID']['output'];
  EventConnection: Omit<EventConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Event']> };
  EventImage: EventImageEntity;
  EventPeriod: EventPeriod;
  EventPeriodInput: EventPeriodInput;
  ExpectedEffect: ExpectedEffect;
  ImagesResult: Omit<ImagesResult, 'images'> & { images: Array<ResolversParentTypes['EventImage']> };
  Job: JobView;
  JobConnection: Omit<JobConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Job']> };
  JobResult: ResolversUnionTypes<ResolversParentTypes>['JobResult'];
  Mutation: Record<PropertyKey, never>;
  MyEventsFilter: MyEventsFilter;
  PageInfo: PageInfo;
  Prize: Prize;
  PrizeInput: PrizeInput;
  Query: Record<PropertyKey, never>;
  Recommendation: RecommendationEntity;
  RecommendationsResult: Omit<RecommendationsResult, 'recommendations'> & { recommendations: Array<ResolversParentTypes['Recommendation']> };
  StoreContext: StoreContext;
  StoreContextInput: StoreContextInput;
  Subscription: Record<PropertyKey, never>;
  UpdateEventDraftInput: UpdateEventDraftInput;
  User: User;
  Boolean: Scalars['Boolean']['output'];
}>;

export type SubscriptionPolicyDirectiveArgs = {
  replayLatest?: Scalars['Boolean']['input'];
  scope?: SubscriptionScope;
};

export type SubscriptionPolicyDirectiveResolver<Result, Parent, ContextType = EventsContext, Args = SubscriptionPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChannelDistributionResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['ChannelDistribution'] = ResolversParentTypes['ChannelDistribution']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['MediaChannel'], ParentType, ContextType>;
  costKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalPostId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DistributionStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistributionResultResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['DistributionResult'] = ResolversParentTypes['DistributionResult']> = ResolversObject<{
  distributions?: Resolver<Array<ResolversTypes['ChannelDistribution']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chosenRecommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  distributions?: Resolver<Array<ResolversTypes['ChannelDistribution']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['EventImage']>, ParentType, ContextType>;
  jobs?: Resolver<ResolversTypes['JobConnection'], ParentType, ContextType, RequireFields<EventJobsArgs, 'first'>>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  participationMethod?: Resolver<Maybe<ResolversTypes['EventParticipationMethod']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['EventPeriod']>, ParentType, ContextType>;
  prize?: Resolver<Maybe<ResolversTypes['Prize']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['EventPurpose'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['StoreContext'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventImageResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventImage'] = ResolversParentTypes['EventImage']> = ResolversObject<{
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['ImagePlatform'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ImageSource'], ParentType, ContextType>;
  style?: Resolver<ResolversTypes['ImageStyle'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventPeriodResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventPeriod'] = ResolversParentTypes['EventPeriod']> = ResolversObject<{
  announcesAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ExpectedEffectResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['ExpectedEffect'] = ResolversParentTypes['ExpectedEffect']> = ResolversObject<{
  estimatedCostKrw?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  estimatedParticipants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImagesResultResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['ImagesResult'] = ResolversParentTypes['ImagesResult']> = ResolversObject<{
  images?: Resolver<Array<ResolversTypes['EventImage']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JobResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JobKind'], ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextRetryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['JobResult']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type JobConnectionResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['JobConnection'] = ResolversParentTypes['JobConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobResultResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['JobResult'] = ResolversParentTypes['JobResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DistributionResult' | 'ImagesResult' | 'RecommendationsResult', ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  approveAndDistribute?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationApproveAndDistributeArgs, 'channels' | 'eventId'>>;
  cancelEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCancelEventArgs, 'eventId'>>;
  createEventDraft?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventDraftArgs, 'input'>>;
  endEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationEndEventArgs, 'eventId'>>;
  generateEventImages?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationGenerateEventImagesArgs, 'eventId' | 'platforms' | 'style'>>;
  requestAiRecommendations?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationRequestAiRecommendationsArgs, 'eventId'>>;
  retryDistribution?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationRetryDistributionArgs, 'channel' | 'eventId'>>;
  retryJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationRetryJobArgs, 'jobId'>>;
  selectRecommendation?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationSelectRecommendationArgs, 'eventId' | 'recommendationId'>>;
  updateEventDraft?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventDraftArgs, 'eventId' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PrizeResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Prize'] = ResolversParentTypes['Prize']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitValueKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryJobArgs, 'id'>>;
  myEvents?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryMyEventsArgs, 'first'>>;
}>;

export type RecommendationResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedEffect?: Resolver<ResolversTypes['ExpectedEffect'], ParentType, ContextType>;
  fromFallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participationMethod?: Resolver<ResolversTypes['EventParticipationMethod'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['EventPeriod'], ParentType, ContextType>;
  prize?: Resolver<ResolversTypes['Prize'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecommendationsResultResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['RecommendationsResult'] = ResolversParentTypes['RecommendationsResult']> = ResolversObject<{
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StoreContextResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['StoreContext'] = ResolversParentTypes['StoreContext']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  jobUpdated?: SubscriptionResolver<ResolversTypes['Job'], "jobUpdated", ParentType, ContextType, RequireFields<SubscriptionJobUpdatedArgs, 'jobId'>>;
}>;

export type UserResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = EventsContext> = ResolversObject<{
  ChannelDistribution?: ChannelDistributionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DistributionResult?: DistributionResultResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventImage?: EventImageResolvers<ContextType>;
  EventPeriod?: EventPeriodResolvers<ContextType>;
  ExpectedEffect?: ExpectedEffectResolvers<ContextType>;
  ImagesResult?: ImagesResultResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  JobConnection?: JobConnectionResolvers<ContextType>;
  JobResult?: JobResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Prize?: PrizeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationsResult?: RecommendationsResultResolvers<ContextType>;
  StoreContext?: StoreContextResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = EventsContext> = ResolversObject<{
  subscriptionPolicy?: SubscriptionPolicyDirectiveResolver<any, any, ContextType>;
}>;
