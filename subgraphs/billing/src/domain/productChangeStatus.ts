/**
 * Where a plan change stands. REQUESTED: recorded, being sent to KOS. PENDING: sent, but KOS did not answer in
 * time, so the outcome is unknown until reconciliation looks it up. COMPLETED and FAILED are final.
 */
export const PRODUCT_CHANGE_STATUSES = ['REQUESTED', 'PENDING', 'COMPLETED', 'FAILED'] as const;
export type ProductChangeStatus = (typeof PRODUCT_CHANGE_STATUSES)[number];

/** Statuses of a change that is still open: at most one per line (a partial unique index holds it). */
export const OPEN_PRODUCT_CHANGE_STATUSES: readonly ProductChangeStatus[] = ['REQUESTED', 'PENDING'];

/** Failure codes of our own (KOS's business rejections keep KOS's code, E3001 and the like). */
export const PRODUCT_CHANGE_FAILURES = {
  KOS_UNAVAILABLE: { code: 'KOS_UNAVAILABLE', message: 'The carrier system was unavailable; nothing was changed. Try again later.' },
  KOS_REFUSED_REQUEST: { code: 'KOS_REFUSED_REQUEST', message: 'The carrier system refused the request; nothing was changed.' },
  NOT_RECEIVED: { code: 'NOT_RECEIVED', message: 'The carrier never received the request; nothing was changed. Try again.' },
} as const;
