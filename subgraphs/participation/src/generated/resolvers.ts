import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EventRef, ParticipantView, ParticipantConnectionView, WinnerView, WinnerConnectionView, DrawView, DrawVerificationView, ParticipationReceipt as ParticipationReceiptView, FileLink as FileLinkView } from '../services/views.ts';
import type { ParticipationContext } from '../context.ts';
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

/**
 * The draw log (추첨 로그): enough to recompute the draw. The algorithm is documented in docs/decisions/winner-draw.md:
 * a Fisher-Yates shuffle of tickets (store visitors hold `visitorTickets` with the bonus, everyone else one), driven by
 * an HMAC-SHA256 stream keyed by the seed and the entrant-list hash.
 */
export type Draw = {
  __typename?: 'Draw';
  algorithmVersion: Scalars['String']['output'];
  drawnAt: Scalars['DateTime']['output'];
  /** Entrants the draw chose from. */
  entrantCount: Scalars['Int']['output'];
  /** SHA-256 of the canonical entrant list (one line per entrant: participation id, entry number, store visit 1/0). */
  entrantListHash: Scalars['String']['output'];
  event: Event;
  id: Scalars['ID']['output'];
  /** The seed, revealed by the draw (hex, 32 bytes). */
  seed: Scalars['String']['output'];
  /** SHA-256 of the seed, published before the draw (Event.drawSeedCommitment). */
  seedCommitment: Scalars['String']['output'];
  seedCommittedAt: Scalars['DateTime']['output'];
  visitBonus: Scalars['Boolean']['output'];
  /** Tickets a store visitor held (1 when the bonus was off). */
  visitorTickets: Scalars['Int']['output'];
  winnerCount: Scalars['Int']['output'];
  winners: WinnerConnection;
};


/**
 * The draw log (추첨 로그): enough to recompute the draw. The algorithm is documented in docs/decisions/winner-draw.md:
 * a Fisher-Yates shuffle of tickets (store visitors hold `visitorTickets` with the bonus, everyone else one), driven by
 * an HMAC-SHA256 stream keyed by the seed and the entrant-list hash.
 */
export type DrawWinnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of recomputing a draw from its log and the entries on record. */
export type DrawVerification = {
  __typename?: 'DrawVerification';
  algorithmKnown: Scalars['Boolean']['output'];
  /** The entries on record hash to the logged entrant-list hash (none added, removed or altered). */
  entrantListMatches: Scalars['Boolean']['output'];
  event: Event;
  /** True when every check below holds. */
  matches: Scalars['Boolean']['output'];
  /** Entry numbers of the winners the recomputation gives, in order. */
  recomputedWinnerEntryNumbers: Array<Scalars['String']['output']>;
  seedMatchesCommitment: Scalars['Boolean']['output'];
  verifiedAt: Scalars['DateTime']['output'];
  /** The entries marked as winners are exactly the logged winners. */
  winnerFlagsMatchLog: Scalars['Boolean']['output'];
  /** Recomputing the draw gives the logged winners, in order. */
  winnersMatchLog: Scalars['Boolean']['output'];
};

export type Event = {
  __typename?: 'Event';
  /** The draw log, once the winners have been drawn; null before. */
  draw: Maybe<Draw>;
  /**
   * SHA-256 (hex) of the secret seed the winner draw will use, fixed before any draw: after the draw, `draw.seed`
   * reveals the seed and anyone can check that it hashes to this value. Null until the event is published.
   */
  drawSeedCommitment: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** How many customers entered. */
  participantCount: Scalars['Int']['output'];
  /** Entries, newest first (seed 004: ORDER BY 참여일시 DESC); names and phones masked. At most 100 per page. */
  participants: ParticipantConnection;
  /** The winners in the order drawn (empty before the draw); names and phones masked. At most 100 per page. */
  winners: WinnerConnection;
};


export type EventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<MediaChannel>;
  first?: InputMaybe<Scalars['Int']['input']>;
  won?: InputMaybe<Scalars['Boolean']['input']>;
};


export type EventWinnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A short-lived download link; anyone holding it can download until it expires, so do not share it. */
export type FileLink = {
  __typename?: 'FileLink';
  expiresAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Draws the event's winners, once (no re-draw), among its entrants (the event's owner). Errors: BAD_USER_INPUT
   * (extensions.field: winnerCount, between 1 and the entrants), NOT_FOUND, INVALID_STATE (extensions.state: DRAWN,
   * CANCELLED, NO_ENTRANTS). Winners are sent a text message.
   */
  drawWinners: Draw;
  /** A download link for the masked participant list as CSV (the event's owner, admins). */
  participantsCsvLink: FileLink;
  /**
   * Enters an event (customers, no account needed). Errors: BAD_USER_INPUT (extensions.field: name, phone, entryPath,
   * consent), NOT_FOUND (no published event with this id), INVALID_STATE (extensions.state: NOT_STARTED, ENDED,
   * CANCELLED, DRAWN), DUPLICATE_PARTICIPATION (this phone already entered), RATE_LIMITED (extensions.retryAfterSeconds).
   */
  participate: ParticipationReceipt;
};


export type MutationDrawWinnersArgs = {
  eventId: Scalars['ID']['input'];
  visitBonus?: InputMaybe<Scalars['Boolean']['input']>;
  winnerCount: Scalars['Int']['input'];
};


export type MutationParticipantsCsvLinkArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationParticipateArgs = {
  consent: Scalars['Boolean']['input'];
  entryPath: MediaChannel;
  eventId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  storeVisited?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** One customer's entry, as the owner sees it. */
export type Participant = {
  __typename?: 'Participant';
  /** The entry number the customer was given, such as 0042-7 (sequence and a check digit). */
  entryNumber: Scalars['String']['output'];
  entryPath: MediaChannel;
  id: Scalars['ID']['output'];
  /** Masked: the first character, then asterisks (김**). */
  name: Scalars['String']['output'];
  /** Masked: carrier prefix and last four digits (010-****-1234). */
  phone: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  storeVisited: Scalars['Boolean']['output'];
  won: Scalars['Boolean']['output'];
};

export type ParticipantConnection = {
  __typename?: 'ParticipantConnection';
  nodes: Array<Participant>;
  pageInfo: PageInfo;
  /** Entries matching the filters, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** What a customer is told after entering (seed 004: 응모번호, 당첨발표일, 참여완료메시지). */
export type ParticipationReceipt = {
  __typename?: 'ParticipationReceipt';
  /** When the winners are announced; null when the event did not set a date. */
  announcesAt: Maybe<Scalars['DateTime']['output']>;
  entryNumber: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Recomputes the event's draw from its log and says whether it still matches (the event's owner, admins). */
  verifyDraw: DrawVerification;
};


export type QueryVerifyDrawArgs = {
  eventId: Scalars['ID']['input'];
};

export type Winner = {
  __typename?: 'Winner';
  notificationStatus: WinnerNotificationStatus;
  notifiedAt: Maybe<Scalars['DateTime']['output']>;
  participant: Participant;
  /** 1 for the first drawn. */
  rank: Scalars['Int']['output'];
};

export type WinnerConnection = {
  __typename?: 'WinnerConnection';
  nodes: Array<Winner>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Where a winner's text message stands. */
export type WinnerNotificationStatus =
  /** Every retry failed, or the number cannot receive messages; an operator can retry it from the dead-letter queue. */
  | 'FAILED'
  /** Queued or being retried. */
  | 'PENDING'
  /** The SMS provider accepted it. */
  | 'SENT';

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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Draw: ResolverTypeWrapper<DrawView>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DrawVerification: ResolverTypeWrapper<DrawVerificationView>;
  Event: ResolverTypeWrapper<EventRef>;
  FileLink: ResolverTypeWrapper<FileLinkView>;
  MediaChannel: MediaChannel;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participant: ResolverTypeWrapper<ParticipantView>;
  ParticipantConnection: ResolverTypeWrapper<ParticipantConnectionView>;
  ParticipationReceipt: ResolverTypeWrapper<ParticipationReceiptView>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Winner: ResolverTypeWrapper<WinnerView>;
  WinnerConnection: ResolverTypeWrapper<WinnerConnectionView>;
  WinnerNotificationStatus: WinnerNotificationStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Draw: DrawView;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  DrawVerification: DrawVerificationView;
  Event: EventRef;
  FileLink: FileLinkView;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Participant: ParticipantView;
  ParticipantConnection: ParticipantConnectionView;
  ParticipationReceipt: ParticipationReceiptView;
  Query: Record<PropertyKey, never>;
  Winner: WinnerView;
  WinnerConnection: WinnerConnectionView;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DrawResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['Draw'] = ResolversParentTypes['Draw']> = ResolversObject<{
  algorithmVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  drawnAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entrantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entrantListHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seedCommitment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seedCommittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visitBonus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  visitorTickets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  winnerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  winners?: Resolver<ResolversTypes['WinnerConnection'], ParentType, ContextType, Partial<DrawWinnersArgs>>;
}>;

export type DrawVerificationResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['DrawVerification'] = ResolversParentTypes['DrawVerification']> = ResolversObject<{
  algorithmKnown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entrantListMatches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recomputedWinnerEntryNumbers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  seedMatchesCommitment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  winnerFlagsMatchLog?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  winnersMatchLog?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  draw?: Resolver<Maybe<ResolversTypes['Draw']>, ParentType, ContextType>;
  drawSeedCommitment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['ParticipantConnection'], ParentType, ContextType, Partial<EventParticipantsArgs>>;
  winners?: Resolver<ResolversTypes['WinnerConnection'], ParentType, ContextType, Partial<EventWinnersArgs>>;
}>;

export type FileLinkResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['FileLink'] = ResolversParentTypes['FileLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  drawWinners?: Resolver<ResolversTypes['Draw'], ParentType, ContextType, RequireFields<MutationDrawWinnersArgs, 'eventId' | 'visitBonus' | 'winnerCount'>>;
  participantsCsvLink?: Resolver<ResolversTypes['FileLink'], ParentType, ContextType, RequireFields<MutationParticipantsCsvLinkArgs, 'eventId'>>;
  participate?: Resolver<ResolversTypes['ParticipationReceipt'], ParentType, ContextType, RequireFields<MutationParticipateArgs, 'consent' | 'entryPath' | 'eventId' | 'name' | 'phone' | 'storeVisited'>>;
}>;

export type PageInfoResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = ResolversObject<{
  entryNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entryPath?: Resolver<ResolversTypes['MediaChannel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  storeVisited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ParticipantConnectionResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['ParticipantConnection'] = ResolversParentTypes['ParticipantConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParticipationReceiptResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['ParticipationReceipt'] = ResolversParentTypes['ParticipationReceipt']> = ResolversObject<{
  announcesAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entryNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  verifyDraw?: Resolver<ResolversTypes['DrawVerification'], ParentType, ContextType, RequireFields<QueryVerifyDrawArgs, 'eventId'>>;
}>;

export type WinnerResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['Winner'] = ResolversParentTypes['Winner']> = ResolversObject<{
  notificationStatus?: Resolver<ResolversTypes['WinnerNotificationStatus'], ParentType, ContextType>;
  notifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WinnerConnectionResolvers<ContextType = ParticipationContext, ParentType extends ResolversParentTypes['WinnerConnection'] = ResolversParentTypes['WinnerConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Winner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ParticipationContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Draw?: DrawResolvers<ContextType>;
  DrawVerification?: DrawVerificationResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  FileLink?: FileLinkResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  ParticipantConnection?: ParticipantConnectionResolvers<ContextType>;
  ParticipationReceipt?: ParticipationReceiptResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Winner?: WinnerResolvers<ContextType>;
  WinnerConnection?: WinnerConnectionResolvers<ContextType>;
}>;

