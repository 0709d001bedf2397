import { BrokenCircuitError, TaskCancelledError, UpstreamError, type Logger } from '@attendgate/platform';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { ChannelStatsAdapter } from '../adapters/channelStats/index.ts';
import type { MediaChannel } from '../domain/vocabulary.ts';
import type { ChangeListener } from './aggregation.ts';
import { T } from './tables.ts';

interface DuePost {
  event_id: string;
  channel: MediaChannel;
  external_post_id: string;
}

export interface CollectionResult {
  collected: number;
  failed: number;
}

/** Why a collection failed, short and free of internal detail (stored with the stale figure). */
function failureReason(error: unknown): string {
  if (error instanceof BrokenCircuitError) return 'CIRCUIT_OPEN';
  if (error instanceof TaskCancelledError) return 'TIMEOUT';
  if (error instanceof UpstreamError) return error.status ? `HTTP_${error.status}` : error.transient ? 'UNREACHABLE' : 'REFUSED';
  return 'FAILED';
}

/** Runs `work` over `items`, at most `limit` at once. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Collects post statistics (views, reach) from the channels' reporting APIs (seed 002: channel APIs in
 * parallel, behind a breaker, 10 s timeout; seed 004: every 5 minutes). Channels run in parallel, each with at
 * most `concurrency` calls in flight. A post whose call fails keeps its last figures, marked stale, so the
 * dashboard always answers with the last known numbers and says how old they are.
 */
export function createChannelStats(deps: {
  orm: MikroORM; adapters: Record<MediaChannel, ChannelStatsAdapter>; logger: Logger; onChange: ChangeListener;
  concurrency: number; batchMax: number; afterEndMs: number;
}) {
  const { orm, adapters, logger } = deps;

  async function collectPosts(em: EntityManager, posts: DuePost[]): Promise<CollectionResult> {
    const result: CollectionResult = { collected: 0, failed: 0 };
    const byChannel = new Map<MediaChannel, DuePost[]>();
    for (const post of posts) byChannel.set(post.channel, [...(byChannel.get(post.channel) ?? []), post]);
    await Promise.all([...byChannel].map(([channel, channelPosts]) => eachLimited(channelPosts, deps.concurrency, async (post) => {
      try {
        const stats = await adapters[channel].postStats(post.external_post_id);
        await em.execute(
          `update ${T.channel} set views = ?, reach = ?, stats_collected_at = now(), stats_attempted_at = now(), stats_stale = false, stats_error = null
           where event_id = ? and channel = ? and external_post_id = ?`,
          [stats.views, stats.reach, post.event_id, channel, post.external_post_id],
        );
        result.collected += 1;
      } catch (error) {
        result.failed += 1;
        logger.warn({ err: error, channel, eventId: post.event_id }, 'channel statistics not collected; keeping the last figures, marked stale');
        await em.execute(
          `update ${T.channel} set stats_attempted_at = now(), stats_stale = true, stats_error = ? where event_id = ? and channel = ? and external_post_id = ?`,
          [failureReason(error), post.event_id, channel, post.external_post_id],
        );
      }
    })));
    for (const eventId of new Set(posts.map((post) => post.event_id))) {
      const [row] = await em.execute<{ version: number }[]>(
        `update ${T.summary} set version = version + 1, updated_at = now() where event_id = ? returning version`, [eventId],
      );
      if (row) deps.onChange(eventId, row.version);
    }
    return result;
  }

  const published = `distribution = 'PUBLISHED' and external_post_id is not null`;

  return {
    /** The scheduled batch: published posts of events running or ended recently, least recently tried first. */
    async collectDue(): Promise<CollectionResult> {
      const em = orm.em.fork();
      const posts = await em.execute<DuePost[]>(
        `select c.event_id, c.channel, c.external_post_id from ${T.channel} c join ${T.summary} s on s.event_id = c.event_id
         where c.${published} and (s.ended_at is null or s.ended_at > now() - (? * interval '1 millisecond'))
         order by c.stats_attempted_at nulls first limit ?`,
        [deps.afterEndMs, deps.batchMax],
      );
      return collectPosts(em, posts);
    },

    /** One event's posts, now (the owner's refresh). */
    async collectEvent(eventId: string): Promise<CollectionResult> {
      const em = orm.em.fork();
      const posts = await em.execute<DuePost[]>(`select event_id, channel, external_post_id from ${T.channel} where event_id = ? and ${published}`, [eventId]);
      return collectPosts(em, posts);
    },
  };
}

export type ChannelStats = ReturnType<typeof createChannelStats>;
