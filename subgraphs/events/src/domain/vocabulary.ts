import { EVENT_PURPOSES, MEDIA_CHANNELS, type MediaChannel } from '@attendgate/platform';

/**
 * The events subgraph's value sets, as readonly tuples so entities (`p.enum`), zod and the SDL enums share
 * one list. Purposes and channels come from the platform because other subgraphs use the same values.
 */
export { EVENT_PURPOSES, MEDIA_CHANNELS, type MediaChannel };
export type EventPurpose = (typeof EVENT_PURPOSES)[number];

export const EVENT_STATUSES = ['DRAFT', 'RECOMMENDING', 'READY', 'PUBLISHED', 'ENDED', 'CANCELLED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PARTICIPATION_METHODS = ['ENTRY_FORM', 'STORE_VISIT', 'SNS_FOLLOW', 'REVIEW', 'RECEIPT'] as const;
export type ParticipationMethod = (typeof PARTICIPATION_METHODS)[number];

export const IMAGE_STYLES = ['SIMPLE', 'VIBRANT', 'TRENDY'] as const;
export type ImageStyle = (typeof IMAGE_STYLES)[number];

export const IMAGE_SOURCES = ['GENERATED', 'TEMPLATE'] as const;
export type ImageSource = (typeof IMAGE_SOURCES)[number];

export const JOB_KINDS = ['AI_RECOMMENDATION', 'IMAGE_GENERATION', 'DISTRIBUTION'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'DEAD'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A job in one of these is still going to run (or running): it blocks a duplicate of itself. */
export const ACTIVE_JOB_STATUSES: readonly JobStatus[] = ['QUEUED', 'RUNNING', 'FAILED'];

export const DISTRIBUTION_STATUSES = ['PENDING', 'PUBLISHED', 'FAILED'] as const;
export type DistributionStatus = (typeof DISTRIBUTION_STATUSES)[number];
