import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DistributionState } from '../domain/distributionState.ts';
import { conversionRate, costPerParticipantKrw, estimatedValueKrw, returnOnInvestment, sumByKoreanDay, type ValueSettings } from '../domain/performance.ts';
import type { MediaChannel } from '../domain/vocabulary.ts';
import { T } from './tables.ts';
import type { ChannelMetricsView, MetricsView } from './views.ts';

interface SummaryRow {
  owner_id: string | null;
  prize_cost_krw: number;
  participants: number;
  store_visits: number;
  winners: number;
  check_ins: number;
  last_fact_at: Date | null;
  version: number;
}

interface ChannelRow {
  channel: MediaChannel;
  distribution: DistributionState;
  error_code: string | null;
  cost_krw: number;
  participants: number;
  views: number | null;
  reach: number | null;
  stats_collected_at: Date | null;
  stats_stale: boolean;
}

/** Hourly buckets a view keeps (the field's `last` allows at most this many): a month of hours. */
export const MAX_HOURS = 744;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);
const later = (a: string | null, b: string | null) => (!a ? b : !b ? a : a > b ? a : b);

/**
 * Computes one event's dashboard from analytics' own tables, never from the channels (seed 002 calls them on a
 * cache miss; here the scheduled collection has already stored their figures, so a miss answers in
 * milliseconds). Four statements in one repeatable-read transaction, so the figures and the version they
 * carry are one consistent snapshot. Null when analytics has no row for the event.
 */
export async function computeMetrics(em: EntityManager, eventId: string, settings: ValueSettings): Promise<MetricsView | null> {
  return em.transactional(
    async (tx) => {
      const [summary] = await tx.execute<SummaryRow[]>(
        `select owner_id, prize_cost_krw, participants, store_visits, winners, check_ins, last_fact_at, version from ${T.summary} where event_id = ?`,
        [eventId],
      );
      if (!summary) return null;
      const channels = await tx.execute<ChannelRow[]>(
        `select channel, distribution, error_code, cost_krw, participants, views, reach, stats_collected_at, stats_stale
         from ${T.channel} where event_id = ? order by channel`,
        [eventId],
      );
      const hours = await tx.execute<{ hour_start: Date; participants: number }[]>(
        `select hour_start, participants from ${T.bucket} where event_id = ? order by hour_start`,
        [eventId],
      );
      // A customer is returning when they entered an earlier event of the same shop before their first entry here.
      const [customers] = await tx.execute<{ total: number; returning: number }[]>(
        `select count(*)::int as total, count(*) filter (where exists (
            select 1 from ${T.entry} o join ${T.summary} s on s.event_id = o.event_id
            where o.customer_key = c.customer_key and o.event_id <> ? and s.owner_id = ? and o.registered_at < c.first_at))::int as returning
         from (select customer_key, min(registered_at) as first_at from ${T.entry} where event_id = ? group by customer_key) c`,
        [eventId, summary.owner_id, eventId],
      );
      return toView(eventId, summary, channels, hours, customers ?? { total: 0, returning: 0 }, settings);
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}

function toView(
  eventId: string, summary: SummaryRow, channelRows: ChannelRow[], hourRows: { hour_start: Date; participants: number }[],
  customers: { total: number; returning: number }, settings: ValueSettings,
): MetricsView {
  let asOf = iso(summary.last_fact_at);
  const byChannel: ChannelMetricsView[] = channelRows.map((row) => {
    asOf = later(asOf, iso(row.stats_collected_at));
    const collected = row.stats_collected_at !== null;
    return {
      channel: row.channel,
      distribution: row.distribution,
      distributionError: row.distribution === 'FAILED' ? row.error_code : null,
      costKrw: Number(row.cost_krw),
      participants: row.participants,
      views: row.views === null ? null : Number(row.views),
      reach: row.reach === null ? null : Number(row.reach),
      conversionRate: conversionRate(row.participants, row.reach === null ? null : Number(row.reach)),
      stats: row.stats_stale ? 'STALE' : collected ? 'FRESH' : 'NONE',
      statsCollectedAt: iso(row.stats_collected_at),
    };
  });
  const hours = hourRows.map((row) => ({ start: new Date(row.hour_start), participants: row.participants }));
  const views = byChannel.reduce((sum, channel) => sum + (channel.views ?? 0), 0);
  const reach = byChannel.reduce((sum, channel) => sum + (channel.reach ?? 0), 0);
  const prizeKrw = Number(summary.prize_cost_krw);
  const distributionKrw = byChannel.reduce((sum, channel) => sum + channel.costKrw, 0);
  const totalKrw = prizeKrw + distributionKrw;
  const value = estimatedValueKrw(summary.participants, summary.store_visits, settings);
  return {
    eventId,
    ownerId: summary.owner_id,
    version: summary.version,
    computedAt: new Date().toISOString(),
    asOf,
    source: 'DATABASE',
    participantsTotal: summary.participants,
    newCustomers: customers.total - customers.returning,
    returningCustomers: customers.returning,
    storeVisits: summary.store_visits,
    checkIns: summary.check_ins,
    winners: summary.winners,
    byChannel,
    byHour: hours.slice(-MAX_HOURS).map((hour) => ({ start: hour.start.toISOString(), participants: hour.participants })),
    byDay: sumByKoreanDay(hours).map((day) => ({ start: day.start.toISOString(), participants: day.participants })),
    views,
    reach,
    conversionRate: conversionRate(summary.participants, reach),
    cost: { prizeKrw, distributionKrw, totalKrw },
    estimatedValueKrw: value,
    roi: returnOnInvestment(value, totalKrw),
    costPerParticipantKrw: costPerParticipantKrw(totalKrw, summary.participants),
  };
}
