import { UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import { koreanDate } from '../../domain/season.ts';
import type { MediaChannel } from '../../domain/vocabulary.ts';

/** What every channel is given to post; each adapter picks what its API takes. */
export interface ChannelPost {
  eventId: string;
  storeName: string;
  region: string;
  title: string;
  description: string;
  /** "시그니처 라떼 1잔 · 30명" */
  prizeText: string;
  /** "2026.12.05 (토) ~ 2026.12.18 (금)" */
  periodText: string;
  startsAt: Date;
  /** Exclusive. */
  endsAt: Date;
  /** Public URL of the channel's image format; null for channels without images (링고비즈). */
  imageUrl: string | null;
  /** Where a customer taps through to take part. */
  landingUrl: string;
}

/** What a channel answered for a post. */
export interface ChannelReceipt {
  externalPostId: string;
  costKrw: number;
}

export interface ChannelAdapter {
  readonly channel: MediaChannel;
  /**
   * Posts through the channel's own resilience policy (bulkhead, retries, breaker, 10 s per attempt). The
   * same idempotency key on every attempt, and on every later run, makes a repeated post harmless.
   */
  publish(post: ChannelPost, options: { idempotencyKey: string; signal?: AbortSignal; onAttempt?: () => void }): Promise<ChannelReceipt>;
  readonly breakerState: string;
}

/** The first and last Korean calendar day of the post's period. */
export function postDates(post: ChannelPost): { start: string; end: string } {
  return { start: koreanDate(post.startsAt), end: koreanDate(new Date(post.endsAt.getTime() - 1)) };
}

export function requireImage(system: string, post: ChannelPost): string {
  if (!post.imageUrl) throw new UpstreamError(system, `${system} needs an image and the event has none`, { transient: false });
  return post.imageUrl;
}

/** Wraps a channel's request function in its policy. */
export function channelAdapter(
  channel: MediaChannel,
  policy: ResiliencePolicy,
  send: (post: ChannelPost, idempotencyKey: string, signal: AbortSignal) => Promise<ChannelReceipt>,
): ChannelAdapter {
  return {
    channel,
    publish: (post, options) =>
      policy.execute((signal) => {
        options.onAttempt?.();
        return send(post, options.idempotencyKey, signal);
      }, options.signal),
    get breakerState() {
      return policy.state;
    },
  };
}
