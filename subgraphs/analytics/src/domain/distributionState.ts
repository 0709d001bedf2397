/**
 * A channel's distribution for an event: NOT_PLANNED (entries arrived through a channel the event was not
 * distributed to), PLANNED (chosen at publication, no result yet), PUBLISHED or FAILED (the newest
 * DistributionCompleted's word).
 */
export const DISTRIBUTION_STATES = ['NOT_PLANNED', 'PLANNED', 'PUBLISHED', 'FAILED'] as const;
export type DistributionState = (typeof DISTRIBUTION_STATES)[number];
