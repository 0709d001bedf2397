/**
 * The stable error codes every service puts in `extensions.code`.
 *
 * Clients branch on these, so a code never changes meaning once released. Add a code here (never inline a
 * string elsewhere) so that the list stays the single catalogue documented in docs/errors.md.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Authentication specifics: distinct codes let clients show the right screen (unlock time, re-login).
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  REFRESH_TOKEN_REUSED: 'REFRESH_TOKEN_REUSED',
  BUSINESS_NOT_ACTIVE: 'BUSINESS_NOT_ACTIVE',
  // Request shape limits enforced before execution.
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  // Subscriptions.
  SUBSCRIPTION_LIMIT: 'SUBSCRIPTION_LIMIT',
  SUBSCRIPTION_SCHEMA_RELOAD: 'SUBSCRIPTION_SCHEMA_RELOAD',
  // Any subgraph: the action is not allowed in the entity's current state (approving a draft twice, say).
  INVALID_STATE: 'INVALID_STATE',

  // events subgraph.
  /** A chosen channel needs an image format that has not been generated for the event yet. */
  IMAGES_REQUIRED: 'IMAGES_REQUIRED',
  /** A media channel refused a post for good (its answer says the request itself is wrong). */
  CHANNEL_REJECTED: 'CHANNEL_REJECTED',

  // participation subgraph.
  DUPLICATE_PARTICIPATION: 'DUPLICATE_PARTICIPATION',

  // analytics subgraph.

  // gates subgraph: each refused check-in says why.
  ALREADY_CHECKED_IN: 'ALREADY_CHECKED_IN',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  UNKNOWN_BEACON: 'UNKNOWN_BEACON',
  INVALID_CREDENTIAL: 'INVALID_CREDENTIAL',
  VENUE_FULL: 'VENUE_FULL',
  GATE_LOCKED: 'GATE_LOCKED',

  // billing subgraph.
  PRODUCT_CHANGE_NOT_ELIGIBLE: 'PRODUCT_CHANGE_NOT_ELIGIBLE',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  REFUND_AMOUNT_EXCEEDED: 'REFUND_AMOUNT_EXCEEDED',

  // integrations subgraph.
  /** Mapping rules (or their JSON Schemas) are not valid; nothing was saved. Extensions name the rule. */
  INVALID_MAPPING_RULES: 'INVALID_MAPPING_RULES',
  /** The external system refused the integration's credentials. */
  INTEGRATION_AUTH_FAILED: 'INTEGRATION_AUTH_FAILED',
  /** The external system refused a request as wrong (its 4xx); sending it again cannot help. */
  INTEGRATION_REJECTED: 'INTEGRATION_REJECTED',
  /** The external system asked us to slow down (its 429). */
  INTEGRATION_RATE_LIMITED: 'INTEGRATION_RATE_LIMITED',
  /** A record did not pass its mapping rules or JSON Schema (in sync results, not a GraphQL error). */
  RECORD_INVALID: 'RECORD_INVALID',

} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes that graphql-js and Apollo Server produce themselves; they are safe to show as they are. */
export const FRAMEWORK_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...Object.values(ErrorCode), ...FRAMEWORK_CODES]);
