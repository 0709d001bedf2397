import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Line as LineEntity } from '../entities/Line.ts';
import type { BillInquiry as BillInquiryEntity } from '../entities/BillInquiry.ts';
import type { ProductChangeRequest as ProductChangeRequestEntity } from '../entities/ProductChangeRequest.ts';
import type { Payment as PaymentEntity } from '../entities/Payment.ts';
import type { Refund as RefundEntity } from '../entities/Refund.ts';
import type { BillView, BillHistoryView, CurrentProductView, PrecheckView, SettlementRowView, SettlementReportView, EntityReference } from '../services/views.ts';
import type { BillingContext } from '../context.ts';
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

/**
 * A month's bill (청구서) of a line, as the carrier (KOS) issued it. Bills are named by their billing month: the
 * bill for 2026-11 is issued on 1 November for October's use and is due on 25 November.
 */
export type Bill = {
  __typename?: 'Bill';
  /** True when answered from billing's cache rather than asked of the carrier just now. */
  cached: Scalars['Boolean']['output'];
  discounts: Array<BillLine>;
  /** YYYY-MM-DD. */
  dueDate: Scalars['String']['output'];
  /** When billing last got this bill from the carrier. */
  fetchedAt: Scalars['DateTime']['output'];
  items: Array<BillLine>;
  line: Line;
  /** The billing month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** YYYY-MM-DD, when paid. */
  paidOn: Maybe<Scalars['String']['output']>;
  paymentStatus: BillPaymentStatus;
  /** The plan the line had during that use. */
  productCode: Scalars['String']['output'];
  /** True when the carrier could not be reached and this is the last copy billing had: it may be out of date. */
  stale: Scalars['Boolean']['output'];
  /** Charges less discounts. */
  totalKrw: Scalars['Krw']['output'];
  /** First and last day of use the bill covers, YYYY-MM-DD. */
  usageFrom: Scalars['String']['output'];
  usageTo: Scalars['String']['output'];
};

/** A line's recent bills, newest first. */
export type BillHistory = {
  __typename?: 'BillHistory';
  /** Months without a bill (before the line opened) are left out. */
  bills: Array<BillSummary>;
  cached: Scalars['Boolean']['output'];
  fetchedAt: Scalars['DateTime']['output'];
  /** The oldest and newest billing months covered, YYYY-MM. */
  fromMonth: Scalars['String']['output'];
  line: Line;
  stale: Scalars['Boolean']['output'];
  toMonth: Scalars['String']['output'];
};

/** A record of someone looking at a line's bills (요금조회 이력). */
export type BillInquiry = {
  __typename?: 'BillInquiry';
  id: Scalars['ID']['output'];
  kind: BillInquiryKind;
  /** The month asked for (BILL), or the newest month of the range (BILL_HISTORY). */
  month: Scalars['String']['output'];
  months: Scalars['Int']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: User;
  source: BillInquirySource;
};

export type BillInquiryConnection = {
  __typename?: 'BillInquiryConnection';
  nodes: Array<BillInquiry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BillInquiryKind =
  /** bill(lineId, month) */
  | 'BILL'
  /** billHistory(lineId, months) */
  | 'BILL_HISTORY';

/** How one inquiry was answered. */
export type BillInquirySource =
  /** From billing's cache. */
  | 'CACHE'
  /** From the carrier, just then. */
  | 'KOS'
  /** The carrier has no such bill. */
  | 'NOT_FOUND'
  /** The carrier was down; the last known copy was shown, marked stale. */
  | 'STALE_CACHE'
  /** The carrier was down and there was no copy to show. */
  | 'UNAVAILABLE';

/** A charge or a discount on a bill. */
export type BillLine = {
  __typename?: 'BillLine';
  amountKrw: Scalars['Krw']['output'];
  /** The carrier's code, such as BASE_FEE or SELECTIVE_CONTRACT. */
  code: Scalars['String']['output'];
  /** As the carrier names it (Korean), such as 월정액. */
  name: Scalars['String']['output'];
};

/** Whether a bill has been paid. */
export type BillPaymentStatus =
  /** Past its due date and not paid. */
  | 'OVERDUE'
  | 'PAID'
  /** Not yet due, or due today. */
  | 'UNPAID';

/** One month of a line's bill history. */
export type BillSummary = {
  __typename?: 'BillSummary';
  dueDate: Scalars['String']['output'];
  month: Scalars['String']['output'];
  paidOn: Maybe<Scalars['String']['output']>;
  paymentStatus: BillPaymentStatus;
  totalKrw: Scalars['Krw']['output'];
};

export type CreatePaymentInput = {
  /** Whole won, at least 100. */
  amountKrw: Scalars['Krw']['input'];
  eventId: Scalars['ID']['input'];
  /** Chosen by the client for this payment (a UUID is a good one): a retry with the same key returns the first payment. */
  idempotencyKey: Scalars['String']['input'];
  method: PaymentMethod;
  purpose: PaymentPurpose;
};

/** A line's current plan and what the carrier knows about the line. */
export type CurrentProduct = {
  __typename?: 'CurrentProduct';
  /** Last day (YYYY-MM-DD) of the line's discount contract, if it has one. */
  contractEndsOn: Maybe<Scalars['String']['output']>;
  /** The handset's network. */
  deviceNetwork: NetworkType;
  fetchedAt: Scalars['DateTime']['output'];
  line: Line;
  lineStatus: LineStatus;
  /** The plan in the catalogue (null in the unlikely case the catalogue no longer lists it). */
  product: Maybe<Product>;
  productCode: Scalars['String']['output'];
  /** The month the plan started, YYYY-MM. */
  since: Scalars['String']['output'];
  /** True when the carrier could not be reached and this is the last known answer. */
  stale: Scalars['Boolean']['output'];
};

/**
 * An event of the events subgraph; billing adds the payments made for its paid features. The event's owner and
 * admins see them.
 */
export type Event = {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  /** Payments for this event, newest first (at most 50 per page). */
  payments: PaymentConnection;
};


/**
 * An event of the events subgraph; billing adds the payments made for its paid features. The event's owner and
 * admins see them.
 */
export type EventPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A mobile line (회선) of the carrier, registered to one user. Its user, operators and admins see it; nobody
 * else learns that it exists.
 */
export type Line = {
  __typename?: 'Line';
  id: Scalars['ID']['output'];
  /** The number with its middle digits hidden, such as 010-****-5678. */
  maskedNumber: Scalars['String']['output'];
  /** The full number (01012345678): the line's user and admins only (others get null and FORBIDDEN). */
  number: Maybe<Scalars['String']['output']>;
  registeredAt: Scalars['DateTime']['output'];
  user: User;
};

export type LineConnection = {
  __typename?: 'LineConnection';
  nodes: Array<Line>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LineStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Pays for a paid feature of the caller's own event at the payment gateway. A decline is a DECLINED payment, not
   * an error. A retry with the same idempotency key returns the first payment.
   * Errors: BAD_USER_INPUT, NOT_FOUND (no such event of the caller's), INVALID_STATE (the event has ended),
   * IDEMPOTENCY_KEY_REUSED.
   */
  createPayment: Payment;
  /**
   * Refunds all of what is left of a payment, or `amountKrw` of it (the payment's owner and admins). Never more
   * than was paid, concurrent refunds included. With an idempotency key, a retry returns the first refund.
   * Errors: BAD_USER_INPUT, NOT_FOUND, INVALID_STATE (not approved), REFUND_AMOUNT_EXCEEDED
   * (extensions.refundableKrw), IDEMPOTENCY_KEY_REUSED.
   */
  refund: Refund;
  /**
   * Registers a carrier line to a user after checking it with the carrier (operators and admins).
   * Errors: BAD_USER_INPUT (number), NOT_FOUND (not a line of the carrier), CONFLICT (already registered).
   */
  registerLine: Line;
  /**
   * Changes the line's plan (the line's user only). Runs the pre-check again, then asks the carrier. A retry with
   * the same idempotency key returns the first request, whatever its status now. When the carrier does not answer
   * in time the request is PENDING and is settled in the background, never applied twice.
   * Errors: BAD_USER_INPUT, NOT_FOUND, PRODUCT_CHANGE_NOT_ELIGIBLE (extensions.reasons), IDEMPOTENCY_KEY_REUSED,
   * UPSTREAM_UNAVAILABLE (the pre-check could not ask the carrier; nothing was recorded).
   */
  requestProductChange: ProductChangeRequest;
};


export type MutationCreatePaymentArgs = {
  input: CreatePaymentInput;
};


export type MutationRefundArgs = {
  amountKrw?: InputMaybe<Scalars['Krw']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  paymentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegisterLineArgs = {
  phoneNumber: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRequestProductChangeArgs = {
  idempotencyKey: Scalars['String']['input'];
  lineId: Scalars['ID']['input'];
  productCode: Scalars['String']['input'];
};

export type NetworkType =
  | 'FIVE_G'
  | 'LTE';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A payment for a paid feature of an event. */
export type Payment = {
  __typename?: 'Payment';
  amountKrw: Scalars['Krw']['output'];
  /** The card approval number, once approved. */
  approvalNumber: Maybe<Scalars['String']['output']>;
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  /** The gateway's decline or failure code, such as REJECT_CARD_COMPANY. */
  declineCode: Maybe<Scalars['String']['output']>;
  declineMessage: Maybe<Scalars['String']['output']>;
  event: Event;
  id: Scalars['ID']['output'];
  method: PaymentMethod;
  owner: User;
  purpose: PaymentPurpose;
  /** What may still be refunded (refunds in progress are already taken off). */
  refundableKrw: Scalars['Krw']['output'];
  /** Refunded so far (completed refunds). */
  refundedKrw: Scalars['Krw']['output'];
  /** Refunds of this payment, oldest first. */
  refunds: Array<Refund>;
  requestedAt: Scalars['DateTime']['output'];
  status: PaymentStatus;
};

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  nodes: Array<Payment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'EASY_PAY';

/** The paid feature of an event a payment buys. */
export type PaymentPurpose =
  /** Distribution to paid media channels. */
  | 'CHANNEL_DISTRIBUTION'
  /** Extra AI-generated images. */
  | 'IMAGE_GENERATION'
  /** Delivery of prizes to winners. */
  | 'PRIZE_FULFILMENT';

export type PaymentStatus =
  | 'APPROVED'
  /** The card company or bank refused it (see declineCode); nothing was charged. */
  | 'DECLINED'
  /** It never reached the gateway, or the gateway refused the request; nothing was charged. */
  | 'FAILED'
  | 'PARTIALLY_REFUNDED'
  /** Sent, but the gateway did not answer in time; it is being looked up. */
  | 'PENDING'
  | 'REFUNDED'
  /** Recorded and being sent to the payment gateway. */
  | 'REQUESTED';

/** A rate plan of the carrier's catalogue. */
export type Product = {
  __typename?: 'Product';
  code: Scalars['String']['output'];
  /** Data per month in MB; null when unlimited. */
  dataMb: Maybe<Scalars['Int']['output']>;
  /** Per month, VAT included. */
  monthlyFeeKrw: Scalars['Krw']['output'];
  name: Scalars['String']['output'];
  network: NetworkType;
  /** Plans no longer sold stay on the lines that have them; nobody may change to them. */
  onSale: Scalars['Boolean']['output'];
  /** Text messages per month; null when unlimited. */
  smsCount: Maybe<Scalars['Int']['output']>;
  /** Voice minutes per month; null when unlimited. */
  voiceMinutes: Maybe<Scalars['Int']['output']>;
};

export type ProductChangeIneligibility = {
  __typename?: 'ProductChangeIneligibility';
  code: ProductChangeIneligibilityCode;
  message: Scalars['String']['output'];
};

/** Why a line may not change to a plan. */
export type ProductChangeIneligibilityCode =
  | 'CHANGE_IN_PROGRESS'
  | 'CONTRACT_RESTRICTION'
  | 'DEVICE_NOT_SUPPORTED'
  | 'LINE_NOT_ACTIVE'
  | 'OVERDUE_BALANCE'
  | 'PRODUCT_UNAVAILABLE'
  | 'SAME_PRODUCT';

/** The answer of a plan-change pre-check (상품변경 사전체크). */
export type ProductChangePrecheck = {
  __typename?: 'ProductChangePrecheck';
  currentProduct: Maybe<Product>;
  eligible: Scalars['Boolean']['output'];
  line: Line;
  /** Every rule the change would break; empty when eligible. */
  reasons: Array<ProductChangeIneligibility>;
  /** Null when the catalogue has no plan with that code. */
  targetProduct: Maybe<Product>;
};

/** A request to change a line's plan. */
export type ProductChangeRequest = {
  __typename?: 'ProductChangeRequest';
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why it failed: the carrier's rejection code (E3001 …) or KOS_UNAVAILABLE, KOS_REFUSED_REQUEST, NOT_RECEIVED. */
  failureCode: Maybe<Scalars['String']['output']>;
  failureMessage: Maybe<Scalars['String']['output']>;
  fromProductCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The carrier's order number, once completed. */
  kosReference: Maybe<Scalars['String']['output']>;
  line: Line;
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: User;
  status: ProductChangeStatus;
  toProductCode: Scalars['String']['output'];
};

export type ProductChangeRequestConnection = {
  __typename?: 'ProductChangeRequestConnection';
  nodes: Array<ProductChangeRequest>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductChangeStatus =
  | 'COMPLETED'
  | 'FAILED'
  /** Sent, but the carrier did not answer in time; it is being looked up and will end COMPLETED or FAILED. */
  | 'PENDING'
  /** Recorded and being sent to the carrier. */
  | 'REQUESTED';

export type ProductConnection = {
  __typename?: 'ProductConnection';
  nodes: Array<Product>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * A month's bill (YYYY-MM, the billing month), from the cache (1 hour) or the carrier. When the carrier is down,
   * the last known copy marked stale, else UPSTREAM_UNAVAILABLE. The line's user, operators and admins.
   * Errors: BAD_USER_INPUT (month), NOT_FOUND (line, or no bill for that month), UPSTREAM_UNAVAILABLE.
   */
  bill: Bill;
  /** The line's bills of the last `months` billing months (1 to 12 by default), newest first. */
  billHistory: BillHistory;
  /** Who looked at the line's bills, newest first (the line's user, operators and admins; at most 100 per page). */
  billInquiries: BillInquiryConnection;
  /** The line's plan now, from the carrier. */
  currentProduct: CurrentProduct;
  /** A line by id: its user, operators and admins. */
  line: Maybe<Line>;
  /** Every registered line, newest first (operators and admins; at most 100 per page). */
  lines: LineConnection;
  /** The caller's payments, newest first (shop owners; at most 100 per page). */
  myPayments: PaymentConnection;
  /** A payment: its owner and admins. */
  payment: Maybe<Payment>;
  /** Whether the line may change to the plan, with every reason it may not. Asks the carrier (never cached). */
  precheckProductChange: ProductChangePrecheck;
  product: Maybe<Product>;
  /** The line's plan-change requests, newest first (at most 100 per page). */
  productChangeHistory: ProductChangeRequestConnection;
  /** The carrier's plan catalogue (cached 24 hours), by code. Any signed-in user. */
  products: ProductConnection;
  /**
   * Approved payments and completed refunds per KST day and owner, `from` to `to` (YYYY-MM-DD, inclusive, at most
   * 92 days). Owners get their own rows; admins everyone's, or one owner's with ownerId.
   */
  settlementReport: SettlementReport;
};


export type QueryBillArgs = {
  lineId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
};


export type QueryBillHistoryArgs = {
  lineId: Scalars['ID']['input'];
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBillInquiriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lineId: Scalars['ID']['input'];
};


export type QueryCurrentProductArgs = {
  lineId: Scalars['ID']['input'];
};


export type QueryLineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPrecheckProductChangeArgs = {
  lineId: Scalars['ID']['input'];
  productCode: Scalars['String']['input'];
};


export type QueryProductArgs = {
  code: Scalars['String']['input'];
};


export type QueryProductChangeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lineId: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onSaleOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySettlementReportArgs = {
  from: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};

export type Refund = {
  __typename?: 'Refund';
  amountKrw: Scalars['Krw']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  failureCode: Maybe<Scalars['String']['output']>;
  failureMessage: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  payment: Payment;
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  status: RefundStatus;
};

export type RefundStatus =
  | 'COMPLETED'
  | 'FAILED'
  /** Sent, but the gateway did not answer in time; it is being resent under the same idempotency key. */
  | 'PENDING'
  | 'REQUESTED';

export type SettlementReport = {
  __typename?: 'SettlementReport';
  from: Scalars['String']['output'];
  grossKrw: Scalars['Krw']['output'];
  netKrw: Scalars['Krw']['output'];
  paymentCount: Scalars['Int']['output'];
  refundCount: Scalars['Int']['output'];
  refundedKrw: Scalars['Krw']['output'];
  /** One row per day and owner with any activity, by day then owner (at most 200 per page). */
  rows: SettlementRowConnection;
  to: Scalars['String']['output'];
};


export type SettlementReportRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One owner's payments and refunds on one KST day. */
export type SettlementRow = {
  __typename?: 'SettlementRow';
  /** YYYY-MM-DD (Korean time). */
  day: Scalars['String']['output'];
  grossKrw: Scalars['Krw']['output'];
  /** Gross less refunded. */
  netKrw: Scalars['Krw']['output'];
  owner: User;
  /** Payments approved that day (refunded ones included). */
  paymentCount: Scalars['Int']['output'];
  /** Refunds completed that day. */
  refundCount: Scalars['Int']['output'];
  refundedKrw: Scalars['Krw']['output'];
};

export type SettlementRowConnection = {
  __typename?: 'SettlementRowConnection';
  nodes: Array<SettlementRow>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * A user of the users subgraph; billing adds their mobile lines. The user themself, operators and admins see
 * them (others get FORBIDDEN).
 */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's mobile lines, oldest registration first (at most 50 per page). */
  lines: LineConnection;
};


/**
 * A user of the users subgraph; billing adds their mobile lines. The user themself, operators and admins see
 * them (others get FORBIDDEN).
 */
export type UserLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Bill: ResolverTypeWrapper<BillView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BillHistory: ResolverTypeWrapper<BillHistoryView>;
  BillInquiry: ResolverTypeWrapper<BillInquiryEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BillInquiryConnection: ResolverTypeWrapper<Omit<BillInquiryConnection, 'nodes'> & { nodes: Array<ResolversTypes['BillInquiry']> }>;
  BillInquiryKind: BillInquiryKind;
  BillInquirySource: BillInquirySource;
  BillLine: ResolverTypeWrapper<BillLine>;
  BillPaymentStatus: BillPaymentStatus;
  BillSummary: ResolverTypeWrapper<BillSummary>;
  CreatePaymentInput: CreatePaymentInput;
  CurrentProduct: ResolverTypeWrapper<CurrentProductView>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Event: ResolverTypeWrapper<EntityReference>;
  Krw: ResolverTypeWrapper<Scalars['Krw']['output']>;
  Line: ResolverTypeWrapper<LineEntity>;
  LineConnection: ResolverTypeWrapper<Omit<LineConnection, 'nodes'> & { nodes: Array<ResolversTypes['Line']> }>;
  LineStatus: LineStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkType: NetworkType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentEntity>;
  PaymentConnection: ResolverTypeWrapper<Omit<PaymentConnection, 'nodes'> & { nodes: Array<ResolversTypes['Payment']> }>;
  PaymentMethod: PaymentMethod;
  PaymentPurpose: PaymentPurpose;
  PaymentStatus: PaymentStatus;
  Product: ResolverTypeWrapper<Product>;
  ProductChangeIneligibility: ResolverTypeWrapper<ProductChangeIneligibility>;
  ProductChangeIneligibilityCode: ProductChangeIneligibilityCode;
  ProductChangePrecheck: ResolverTypeWrapper<PrecheckView>;
  ProductChangeRequest: ResolverTypeWrapper<ProductChangeRequestEntity>;
  ProductChangeRequestConnection: ResolverTypeWrapper<Omit<ProductChangeRequestConnection, 'nodes'> & { nodes: Array<ResolversTypes['ProductChangeRequest']> }>;
  ProductChangeStatus: ProductChangeStatus;
  ProductConnection: ResolverTypeWrapper<ProductConnection>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Refund: ResolverTypeWrapper<RefundEntity>;
  RefundStatus: RefundStatus;
  SettlementReport: ResolverTypeWrapper<SettlementReportView>;
  SettlementRow: ResolverTypeWrapper<SettlementRowView>;
  SettlementRowConnection: ResolverTypeWrapper<Omit<SettlementRowConnection, 'nodes'> & { nodes: Array<ResolversTypes['SettlementRow']> }>;
  User: ResolverTypeWrapper<EntityReference>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Bill: BillView;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  BillHistory: BillHistoryView;
  BillInquiry: BillInquiryEntity;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  BillInquiryConnection: Omit<BillInquiryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['BillInquiry']> };
  BillLine: BillLine;
  BillSummary: BillSummary;
  CreatePaymentInput: CreatePaymentInput;
  CurrentProduct: CurrentProductView;
  DateTime: Scalars['DateTime']['output'];
  Event: EntityReference;
  Krw: Scalars['Krw']['output'];
  Line: LineEntity;
  LineConnection: Omit<LineConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Line']> };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Payment: PaymentEntity;
  PaymentConnection: Omit<PaymentConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Payment']> };
  Product: Product;
  ProductChangeIneligibility: ProductChangeIneligibility;
  ProductChangePrecheck: PrecheckView;
  ProductChangeRequest: ProductChangeRequestEntity;
  ProductChangeRequestConnection: Omit<ProductChangeRequestConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ProductChangeRequest']> };
  ProductConnection: ProductConnection;
  Query: Record<PropertyKey, never>;
  Refund: RefundEntity;
  SettlementReport: SettlementReportView;
  SettlementRow: SettlementRowView;
  SettlementRowConnection: Omit<SettlementRowConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['SettlementRow']> };
  User: EntityReference;
}>;

export type BillResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Bill'] = ResolversParentTypes['Bill']> = ResolversObject<{
  cached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  discounts?: Resolver<Array<ResolversTypes['BillLine']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['BillLine']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Line'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentStatus?: Resolver<ResolversTypes['BillPaymentStatus'], ParentType, ContextType>;
  productCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  usageFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usageTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BillHistoryResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['BillHistory'] = ResolversParentTypes['BillHistory']> = ResolversObject<{
  bills?: Resolver<Array<ResolversTypes['BillSummary']>, ParentType, ContextType>;
  cached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Line'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  toMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BillInquiryResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['BillInquiry'] = ResolversParentTypes['BillInquiry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BillInquiryKind'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['BillInquirySource'], ParentType, ContextType>;
}>;

export type BillInquiryConnectionResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['BillInquiryConnection'] = ResolversParentTypes['BillInquiryConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['BillInquiry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BillLineResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['BillLine'] = ResolversParentTypes['BillLine']> = ResolversObject<{
  amountKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BillSummaryResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['BillSummary'] = ResolversParentTypes['BillSummary']> = ResolversObject<{
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentStatus?: Resolver<ResolversTypes['BillPaymentStatus'], ParentType, ContextType>;
  totalKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
}>;

export type CurrentProductResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['CurrentProduct'] = ResolversParentTypes['CurrentProduct']> = ResolversObject<{
  contractEndsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deviceNetwork?: Resolver<ResolversTypes['NetworkType'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Line'], ParentType, ContextType>;
  lineStatus?: Resolver<ResolversTypes['LineStatus'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<EventPaymentsArgs, 'first'>>;
}>;

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Krw'], any> {
  name: 'Krw';
}

export type LineResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Line'] = ResolversParentTypes['Line']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maskedNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type LineConnectionResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['LineConnection'] = ResolversParentTypes['LineConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Line']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createPayment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType, RequireFields<MutationCreatePaymentArgs, 'input'>>;
  refund?: Resolver<ResolversTypes['Refund'], ParentType, ContextType, RequireFields<MutationRefundArgs, 'paymentId'>>;
  registerLine?: Resolver<ResolversTypes['Line'], ParentType, ContextType, RequireFields<MutationRegisterLineArgs, 'phoneNumber' | 'userId'>>;
  requestProductChange?: Resolver<ResolversTypes['ProductChangeRequest'], ParentType, ContextType, RequireFields<MutationRequestProductChangeArgs, 'idempotencyKey' | 'lineId' | 'productCode'>>;
}>;

export type PageInfoResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  amountKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  approvalNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  declineCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['PaymentPurpose'], ParentType, ContextType>;
  refundableKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  refundedKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['Refund']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
}>;

export type PaymentConnectionResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataMb?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  monthlyFeeKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkType'], ParentType, ContextType>;
  onSale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  smsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  voiceMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ProductChangeIneligibilityResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['ProductChangeIneligibility'] = ResolversParentTypes['ProductChangeIneligibility']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ProductChangeIneligibilityCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductChangePrecheckResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['ProductChangePrecheck'] = ResolversParentTypes['ProductChangePrecheck']> = ResolversObject<{
  currentProduct?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Line'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ProductChangeIneligibility']>, ParentType, ContextType>;
  targetProduct?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type ProductChangeRequestResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['ProductChangeRequest'] = ResolversParentTypes['ProductChangeRequest']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failureMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromProductCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kosReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Line'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProductChangeStatus'], ParentType, ContextType>;
  toProductCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductChangeRequestConnectionResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['ProductChangeRequestConnection'] = ResolversParentTypes['ProductChangeRequestConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ProductChangeRequest']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  bill?: Resolver<ResolversTypes['Bill'], ParentType, ContextType, RequireFields<QueryBillArgs, 'lineId' | 'month'>>;
  billHistory?: Resolver<ResolversTypes['BillHistory'], ParentType, ContextType, RequireFields<QueryBillHistoryArgs, 'lineId' | 'months'>>;
  billInquiries?: Resolver<ResolversTypes['BillInquiryConnection'], ParentType, ContextType, RequireFields<QueryBillInquiriesArgs, 'first' | 'lineId'>>;
  currentProduct?: Resolver<ResolversTypes['CurrentProduct'], ParentType, ContextType, RequireFields<QueryCurrentProductArgs, 'lineId'>>;
  line?: Resolver<Maybe<ResolversTypes['Line']>, ParentType, ContextType, RequireFields<QueryLineArgs, 'id'>>;
  lines?: Resolver<ResolversTypes['LineConnection'], ParentType, ContextType, RequireFields<QueryLinesArgs, 'first'>>;
  myPayments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<QueryMyPaymentsArgs, 'first'>>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'id'>>;
  precheckProductChange?: Resolver<ResolversTypes['ProductChangePrecheck'], ParentType, ContextType, RequireFields<QueryPrecheckProductChangeArgs, 'lineId' | 'productCode'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'code'>>;
  productChangeHistory?: Resolver<ResolversTypes['ProductChangeRequestConnection'], ParentType, ContextType, RequireFields<QueryProductChangeHistoryArgs, 'first' | 'lineId'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first' | 'onSaleOnly'>>;
  settlementReport?: Resolver<ResolversTypes['SettlementReport'], ParentType, ContextType, RequireFields<QuerySettlementReportArgs, 'from' | 'to'>>;
}>;

export type RefundResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund']> = ResolversObject<{
  amountKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failureMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
}>;

export type SettlementReportResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['SettlementReport'] = ResolversParentTypes['SettlementReport']> = ResolversObject<{
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  netKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  paymentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundedKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['SettlementRowConnection'], ParentType, ContextType, RequireFields<SettlementReportRowsArgs, 'first'>>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SettlementRowResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['SettlementRow'] = ResolversParentTypes['SettlementRow']> = ResolversObject<{
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  netKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  paymentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundedKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
}>;

export type SettlementRowConnectionResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['SettlementRowConnection'] = ResolversParentTypes['SettlementRowConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['SettlementRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = BillingContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['LineConnection'], ParentType, ContextType, RequireFields<UserLinesArgs, 'first'>>;
}>;

export type Resolvers<ContextType = BillingContext> = ResolversObject<{
  Bill?: BillResolvers<ContextType>;
  BillHistory?: BillHistoryResolvers<ContextType>;
  BillInquiry?: BillInquiryResolvers<ContextType>;
  BillInquiryConnection?: BillInquiryConnectionResolvers<ContextType>;
  BillLine?: BillLineResolvers<ContextType>;
  BillSummary?: BillSummaryResolvers<ContextType>;
  CurrentProduct?: CurrentProductResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  Krw?: GraphQLScalarType;
  Line?: LineResolvers<ContextType>;
  LineConnection?: LineConnectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductChangeIneligibility?: ProductChangeIneligibilityResolvers<ContextType>;
  ProductChangePrecheck?: ProductChangePrecheckResolvers<ContextType>;
  ProductChangeRequest?: ProductChangeRequestResolvers<ContextType>;
  ProductChangeRequestConnection?: ProductChangeRequestConnectionResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  SettlementReport?: SettlementReportResolvers<ContextType>;
  SettlementRow?: SettlementRowResolvers<ContextType>;
  SettlementRowConnection?: SettlementRowConnectionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

