import { UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import type { MediaChannel } from '../../domain/vocabulary.ts';

/** A post's figures as its channel reports them: views (impressions, reads, plays) and people reached. */
export interface PostStats {
  views: number;
  reach: number;
}

/** One channel's reporting API, behind that channel's own breaker and timeout. */
export interface ChannelStatsAdapter {
  readonly channel: MediaChannel;
  readonly policy: ResiliencePolicy;
  postStats(externalPostId: string): Promise<PostStats>;
}

/** A count from a channel's answer: a non-negative whole number, or the answer is not understood. */
export function countFrom(system: string, value: unknown, field: string): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
    throw new UpstreamError(system, `${system} answered without a valid ${field}`, { transient: false });
  }
  return number;
}

/** Wraps a channel's call in its policy (breaker, per-call timeout that aborts the request). */
export function channelStatsAdapter(
  channel: MediaChannel, policy: ResiliencePolicy, fetch: (externalPostId: string, signal: AbortSignal) => Promise<PostStats>,
): ChannelStatsAdapter {
  return { channel, policy, postStats: (externalPostId) => policy.execute((signal) => fetch(externalPostId, signal)) };
}
