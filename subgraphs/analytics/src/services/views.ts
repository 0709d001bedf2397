import type { EventPurpose, MediaChannel } from '../domain/vocabulary.ts';
import type { DistributionState } from '../domain/distributionState.ts';

/** An Event as this subgraph knows it: an id the events subgraph resolves. */
export interface EventReference {
  id: string;
}

export interface ChannelMetricsView {
  channel: MediaChannel;
  distribution: DistributionState;
  distributionError: string | null;
  costKrw: number;
  participants: number;
  views: number | null;
  reach: number | null;
  conversionRate: number | null;
  stats: 'NONE' | 'FRESH' | 'STALE';
  statsCollectedAt: string | null;
}

export interface TimeBucketView {
  start: string;
  participants: number;
}

/**
 * One event's dashboard, as computed, cached (JSON in Redis) and published on the bus: plain data only, times
 * as ISO strings, so the three forms are the same object. `version` is the event's summary version the
 * figures were read at (services/metricsCache.ts); `source` is set by whoever answers.
 */
export interface MetricsView {
  eventId: string;
  ownerId: string | null;
  version: number;
  computedAt: string;
  asOf: string | null;
  source: 'CACHE' | 'DATABASE';
  participantsTotal: number;
  newCustomers: number;
  returningCustomers: number;
  storeVisits: number;
  checkIns: number;
  winners: number;
  byChannel: ChannelMetricsView[];
  /** The most recent hours with entries (at most MAX_HOURS), oldest first (the field's `last` argument cuts it). */
  byHour: TimeBucketView[];
  byDay: TimeBucketView[];
  views: number;
  reach: number;
  conversionRate: number | null;
  cost: { prizeKrw: number; distributionKrw: number; totalKrw: number };
  estimatedValueKrw: number;
  roi: number | null;
  costPerParticipantKrw: number | null;
}

export interface ChannelRankingView {
  channel: MediaChannel;
  events: number;
  participants: number;
  reach: number;
  conversionRate: number | null;
  costKrw: number;
}

export interface PurposeRankingView {
  purpose: EventPurpose;
  events: number;
  participants: number;
  averageParticipants: number;
  roi: number | null;
}

export interface EventRankingView {
  event: EventReference;
  purpose: EventPurpose | null;
  participants: number;
  reach: number;
  conversionRate: number | null;
  costKrw: number;
  roi: number | null;
}

export interface ComparisonView {
  eventCount: number;
  participantsTotal: number;
  costTotalKrw: number;
  topChannels: ChannelRankingView[];
  purposes: PurposeRankingView[];
  bestPurpose: EventPurpose | null;
  events: EventRankingView[];
}
