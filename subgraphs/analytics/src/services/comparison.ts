import type { EntityManager } from '@mikro-orm/postgresql';
import { conversionRate, estimatedValueKrw, returnOnInvestment, type ValueSettings } from '../domain/performance.ts';
import type { EventPurpose, MediaChannel } from '../domain/vocabulary.ts';
import { T } from './tables.ts';
import type { ChannelRankingView, ComparisonView, EventRankingView, PurposeRankingView } from './views.ts';

/** Most events one comparison covers. */
export const MAX_COMPARED_EVENTS = 100;

interface EventRow {
  event_id: string;
  purpose: EventPurpose | null;
  participants: number;
  store_visits: number;
  prize_cost_krw: number;
}

interface ChannelRow {
  event_id: string;
  channel: MediaChannel;
  participants: number;
  reach: number | null;
  cost_krw: number;
}

/**
 * An owner's most recent events side by side (seed 002's dashboard compares channels; the issue adds the
 * purpose): channels ranked by participants brought, purposes by participants per event. Two statements.
 */
export async function compareOwnerEvents(em: EntityManager, ownerId: string, first: number, settings: ValueSettings): Promise<ComparisonView> {
  const events = await em.execute<EventRow[]>(
    `select event_id, purpose, participants, store_visits, prize_cost_krw from ${T.summary}
     where owner_id = ? order by coalesce(published_at, created_at, updated_at) desc, event_id limit ?`,
    [ownerId, first],
  );
  const channels = events.length
    ? await em.execute<ChannelRow[]>(
      `select event_id, channel, participants, reach, cost_krw from ${T.channel} where event_id in (${events.map(() => '?').join(', ')})`,
      events.map((event) => event.event_id),
    )
    : [];

  const channelTotals = new Map<MediaChannel, ChannelRankingView>();
  const perEvent = new Map<string, { reach: number; costKrw: number }>();
  for (const row of channels) {
    const total = channelTotals.get(row.channel) ?? { channel: row.channel, events: 0, participants: 0, reach: 0, conversionRate: null, costKrw: 0 };
    total.events += 1;
    total.participants += row.participants;
    total.reach += Number(row.reach ?? 0);
    total.costKrw += Number(row.cost_krw);
    channelTotals.set(row.channel, total);
    const event = perEvent.get(row.event_id) ?? { reach: 0, costKrw: 0 };
    event.reach += Number(row.reach ?? 0);
    event.costKrw += Number(row.cost_krw);
    perEvent.set(row.event_id, event);
  }
  const topChannels = [...channelTotals.values()]
    .map((total) => ({ ...total, conversionRate: conversionRate(total.participants, total.reach) }))
    .sort((a, b) => b.participants - a.participants || a.channel.localeCompare(b.channel));

  const ranked: EventRankingView[] = events.map((event) => {
    const extra = perEvent.get(event.event_id) ?? { reach: 0, costKrw: 0 };
    const costKrw = Number(event.prize_cost_krw) + extra.costKrw;
    return {
      event: { id: event.event_id },
      purpose: event.purpose,
      participants: event.participants,
      reach: extra.reach,
      conversionRate: conversionRate(event.participants, extra.reach),
      costKrw,
      roi: returnOnInvestment(estimatedValueKrw(event.participants, event.store_visits, settings), costKrw),
    };
  });

  const purposeTotals = new Map<EventPurpose, { events: number; participants: number; value: number; cost: number }>();
  for (const [index, event] of events.entries()) {
    if (!event.purpose) continue;
    const total = purposeTotals.get(event.purpose) ?? { events: 0, participants: 0, value: 0, cost: 0 };
    total.events += 1;
    total.participants += event.participants;
    total.value += estimatedValueKrw(event.participants, event.store_visits, settings);
    total.cost += ranked[index]!.costKrw;
    purposeTotals.set(event.purpose, total);
  }
  const purposes: PurposeRankingView[] = [...purposeTotals]
    .map(([purpose, total]) => ({
      purpose, events: total.events, participants: total.participants,
      averageParticipants: Math.round((total.participants / total.events) * 100) / 100,
      roi: returnOnInvestment(total.value, total.cost),
    }))
    .sort((a, b) => b.averageParticipants - a.averageParticipants || a.purpose.localeCompare(b.purpose));

  return {
    eventCount: events.length,
    participantsTotal: events.reduce((sum, event) => sum + event.participants, 0),
    costTotalKrw: ranked.reduce((sum, event) => sum + event.costKrw, 0),
    topChannels,
    purposes,
    bestPurpose: purposes[0]?.purpose ?? null,
    events: [...ranked].sort((a, b) => b.participants - a.participants || a.event.id.localeCompare(b.event.id)),
  };
}
