/**
 * Where an event stands as far as analytics heard. Events may arrive in any order, so the status only moves
 * forward by rank: a late EventCreated never turns a PUBLISHED event back into a DRAFT, and ENDED or
 * CANCELLED (terminal) stand whatever arrives after them.
 */
export const SUMMARY_STATUSES = ['UNKNOWN', 'DRAFT', 'PUBLISHED', 'ENDED', 'CANCELLED'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

export const STATUS_RANK: Record<SummaryStatus, number> = { UNKNOWN: 0, DRAFT: 1, PUBLISHED: 2, ENDED: 3, CANCELLED: 3 };

/** The status after applying `incoming` to `current`: the higher rank wins; between terminals the first stands. */
export function advanceStatus(current: SummaryStatus, incoming: SummaryStatus): SummaryStatus {
  return STATUS_RANK[incoming] > STATUS_RANK[current] ? incoming : current;
}
