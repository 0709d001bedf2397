/**
 * What the tax office says about a business number, and what that means for a store's verification.
 */
export const BusinessStatus = {
  /** 계속사업자: trading. */
  ACTIVE: 'ACTIVE',
  /** 휴업자: temporarily closed. */
  SUSPENDED: 'SUSPENDED',
  /** 폐업자: closed for good. */
  CLOSED: 'CLOSED',
  /** Not a number the tax office knows. */
  UNREGISTERED: 'UNREGISTERED',
} as const;
export type BusinessStatus = (typeof BusinessStatus)[keyof typeof BusinessStatus];

export function isBusinessStatus(value: unknown): value is BusinessStatus {
  return typeof value === 'string' && value in BusinessStatus;
}

/**
 * A store's verification. PENDING: the tax office has not answered yet (a background job is asking);
 * VERIFIED: a live business; REJECTED: the tax office says it is not a live business; PENDING_MANUAL_REVIEW:
 * the tax office could not be reached after every retry, so staff check it by hand (seed 002's fallback).
 */
export const VerificationStatus = {
  PENDING: 'PENDING',
  VERIFIED: 'VERIFIED',
  REJECTED: 'REJECTED',
  PENDING_MANUAL_REVIEW: 'PENDING_MANUAL_REVIEW',
} as const;
export type VerificationStatus = (typeof VerificationStatus)[keyof typeof VerificationStatus];

export const VERIFICATION_STATUSES: readonly VerificationStatus[] = Object.values(VerificationStatus);

/** Only a trading business passes; suspended, closed and unknown numbers do not. */
export function isLiveBusiness(status: BusinessStatus): boolean {
  return status === BusinessStatus.ACTIVE;
}

/** The verification a definite tax-office answer settles on. */
export function verificationFor(status: BusinessStatus): 'VERIFIED' | 'REJECTED' {
  return isLiveBusiness(status) ? VerificationStatus.VERIFIED : VerificationStatus.REJECTED;
}
