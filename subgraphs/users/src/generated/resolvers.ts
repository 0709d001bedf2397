import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserEntity } from '../entities/User.ts';
import type { StoreView } from '../resolvers/storeView.ts';
import type { UsersContext } from '../context.ts';
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

/** Tokens for a signed-in user. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for the Authorization header; short-lived (15 minutes by default). */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Opaque, single use: exchange it with refreshToken for new tokens before it expires. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

/** A staff decision on a store's business number. */
export type BusinessReviewDecision =
  | 'REJECTED'
  | 'VERIFIED';

/** Where the check of a store's business registration number stands. */
export type BusinessVerificationStatus =
  /** The tax office has not answered yet; it is being asked again in the background. */
  | 'PENDING'
  /** The tax office could not be reached after every retry; staff will check it by hand. */
  | 'PENDING_MANUAL_REVIEW'
  /** The tax office says the business is suspended, closed or not registered (or staff rejected it). */
  | 'REJECTED'
  /** The tax office says the business is active. */
  | 'VERIFIED';

export type CreateStaffUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  role: StaffRole;
};

/**
 * The sign-in mutations return a nullable payload: a failure nulls only its own field, so every field of a
 * request runs and answers for itself (several aliased login attempts in one request each run and each count
 * towards the lockout, rather than the first failure silently dropping the rest).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an operator or admin account (admins). */
  createStaffUser: User;
  /** Errors: INVALID_CREDENTIALS; ACCOUNT_LOCKED (extensions.lockedUntil) after too many failures. */
  login: Maybe<AuthPayload>;
  /** Ends the current session: its refresh token and access tokens stop working at once. */
  logout: Scalars['Boolean']['output'];
  /** Exchanges a refresh token for new tokens. Errors: UNAUTHENTICATED; REFRESH_TOKEN_REUSED (the session is ended). */
  refreshToken: Maybe<AuthPayload>;
  /** Settles a store's business verification by hand (admins). */
  reviewBusinessVerification: User;
  /**
   * Creates an account and signs it in. A shop owner's business number is checked with the tax office:
   * see store.verificationStatus in the answer. Errors: BAD_USER_INPUT and CONFLICT (extensions.field names the
   * input), BUSINESS_NOT_ACTIVE (the tax office says the business is not active; nothing is created).
   */
  signUp: Maybe<AuthPayload>;
};


/**
 * The sign-in mutations return a nullable payload: a failure nulls only its own field, so every field of a
 * request runs and answers for itself (several aliased login attempts in one request each run and each count
 * towards the lockout, rather than the first failure silently dropping the rest).
 */
export type MutationCreateStaffUserArgs = {
  input: CreateStaffUserInput;
};


/**
 * The sign-in mutations return a nullable payload: a failure nulls only its own field, so every field of a
 * request runs and answers for itself (several aliased login attempts in one request each run and each count
 * towards the lockout, rather than the first failure silently dropping the rest).
 */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/**
 * The sign-in mutations return a nullable payload: a failure nulls only its own field, so every field of a
 * request runs and answers for itself (several aliased login attempts in one request each run and each count
 * towards the lockout, rather than the first failure silently dropping the rest).
 */
export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


/**
 * The sign-in mutations return a nullable payload: a failure nulls only its own field, so every field of a
 * request runs and answers for itself (several aliased login attempts in one request each run and each count
 * towards the lockout, rather than the first failure silently dropping the rest).
 */
export type MutationReviewBusinessVerificationArgs = {
  decision: BusinessReviewDecision;
  userId: Scalars['ID']['input'];
};


/**
 * The sign-in mutations return a nullable payload: a failure nulls only its own field, so every field of a
 * request runs and answers for itself (several aliased login attempts in one request each run and each count
 * towards the lockout, rather than the first failure silently dropping the rest).
 */
export type MutationSignUpArgs = {
  input: SignUpInput;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in user. */
  me: Maybe<User>;
  /** Stores whose business number staff must check by hand, oldest first (admins). */
  storesAwaitingReview: Array<User>;
  /** Any user by id (admins). */
  user: Maybe<User>;
};


export type QueryStoresAwaitingReviewArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

/** Who a user is to the system. */
export type Role =
  /** Staff. */
  | 'ADMIN'
  /** Takes part in events and checks in at venues. */
  | 'CUSTOMER'
  /** Runs venues and gates. */
  | 'OPERATOR'
  /** Runs a shop: creates events, sees their results, pays bills. */
  | 'OWNER';

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** 8 to 128 characters; not your e-mail address and not a common password. */
  password: Scalars['String']['input'];
  /** A Korean mobile number such as 010-1234-5678. */
  phone: Scalars['String']['input'];
  role: SignUpRole;
  /** Required for OWNER, not allowed for CUSTOMER. */
  store?: InputMaybe<StoreInput>;
};

/** Roles anyone may sign up as. */
export type SignUpRole =
  | 'CUSTOMER'
  | 'OWNER';

/** Roles only an admin can give (createStaffUser). */
export type StaffRole =
  | 'ADMIN'
  | 'OPERATOR';

/** A shop owner's store. */
export type Store = {
  __typename?: 'Store';
  /** Masked business registration number, such as 123-**-*7890. The owner and admins only. */
  businessNumber: Maybe<Scalars['String']['output']>;
  /** The kind of shop (cafe, restaurant, ...), as the owner wrote it. */
  category: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Where the shop is (for example 서울 강남구). */
  region: Scalars['String']['output'];
  /** The owner and admins only. */
  verificationStatus: Maybe<BusinessVerificationStatus>;
  /** When the verification status last changed. The owner and admins only. */
  verificationUpdatedAt: Maybe<Scalars['DateTime']['output']>;
};

export type StoreInput = {
  /** The business registration number, 123-45-67890 or 1234567890. */
  businessNumber: Scalars['String']['input'];
  category: Scalars['String']['input'];
  name: Scalars['String']['input'];
  region: Scalars['String']['input'];
};

/**
 * An account. Other subgraphs reference users by id. Every field needs a signed-in caller; the e-mail address and
 * phone number are shown only to the user themself and to admins (others get null and a FORBIDDEN error).
 */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  /** Lower-case, as stored. The user themself and admins only. */
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Korean mobile number, digits only (01012345678). The user themself and admins only. */
  phone: Maybe<Scalars['String']['output']>;
  role: Role;
  /** The shop of an OWNER; null for other roles. */
  store: Maybe<Store>;
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
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BusinessReviewDecision: BusinessReviewDecision;
  BusinessVerificationStatus: BusinessVerificationStatus;
  CreateStaffUserInput: CreateStaffUserInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Role: Role;
  SignUpInput: SignUpInput;
  SignUpRole: SignUpRole;
  StaffRole: StaffRole;
  Store: ResolverTypeWrapper<StoreView>;
  StoreInput: StoreInput;
  User: ResolverTypeWrapper<UserEntity>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  String: Scalars['String']['output'];
  CreateStaffUserInput: CreateStaffUserInput;
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  SignUpInput: SignUpInput;
  Store: StoreView;
  StoreInput: StoreInput;
  User: UserEntity;
}>;

export type AuthPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createStaffUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateStaffUserArgs, 'input'>>;
  login?: Resolver<Maybe<ResolversTypes['AuthPayload']>, ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes['AuthPayload']>, ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'refreshToken'>>;
  reviewBusinessVerification?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationReviewBusinessVerificationArgs, 'decision' | 'userId'>>;
  signUp?: Resolver<Maybe<ResolversTypes['AuthPayload']>, ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  storesAwaitingReview?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryStoresAwaitingReviewArgs, 'first'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
}>;

export type StoreResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Store'] = ResolversParentTypes['Store']> = ResolversObject<{
  businessNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationStatus?: Resolver<Maybe<ResolversTypes['BusinessVerificationStatus']>, ParentType, ContextType>;
  verificationUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  store?: Resolver<Maybe<ResolversTypes['Store']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = UsersContext> = ResolversObject<{
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

