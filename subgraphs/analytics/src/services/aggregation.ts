import type { DomainEvent } from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { STATUS_RANK, type SummaryStatus } from '../domain/summaryStatus.ts';
import { hourStart } from '../domain/performance.ts';
import { T } from './tables.ts';

/** Announces that an event's figures changed, with the summary version the change committed as. */
export type ChangeListener = (eventId: string, version: number) => void;

const RANK_SQL = `(case status when 'UNKNOWN' then 0 when 'DRAFT' then 1 when 'PUBLISHED' then 2 else 3 end)`;

/**
 * The domain-event consumers: each keeps the per-event aggregates in the handler's transaction (the platform
 * records the event id in the same transaction, so a replay changes nothing).
 *
 * Order does not matter: whichever event arrives first creates the summary row; descriptive fields keep the
 * newest occurredAt; the status only moves forward; counters are increments; a channel's distribution keeps
 * the newest completedAt. Rows are locked in one order everywhere (channel rows by channel name, then the
 * summary) so concurrent handlers of one event wait for each other instead of deadlocking.
 */
export function createAggregation(onChange: ChangeListener) {
  /**
   * Applies `set` to the event's summary row and bumps its version; returns the new version. The row exists in
   * all but the first change of an event, so the update is tried first (one statement); only when it finds
   * nothing is the row created and the update repeated.
   */
  async function updateSummary(em: EntityManager, eventId: string, factAt: string, set: string, values: unknown[]): Promise<number> {
    const update = () => em.execute<{ version: number }[]>(
      `update ${T.summary} set ${set ? `${set}, ` : ''}version = version + 1, updated_at = now(),
         last_fact_at = greatest(last_fact_at, ?::timestamptz) where event_id = ? returning version`,
      [...values, factAt, eventId],
    );
    let [row] = await update();
    if (!row) {
      await em.execute(`insert into ${T.summary} (event_id, updated_at) values (?, now()) on conflict (event_id) do nothing`, [eventId]);
      [row] = await update();
    }
    return row!.version;
  }

  /** The status moves to `status` only if that ranks higher than the current one. */
  const advance = (status: SummaryStatus) => [`status = case when ${RANK_SQL} < ? then ? else status end`, [STATUS_RANK[status], status]] as const;

  /** Descriptive fields: a value from an older fact than the one applied last never overwrites it. */
  const newer = (column: string) => `${column} = case when facts_at is null or facts_at <= ?::timestamptz then ? else ${column} end`;

  const changed = (eventId: string) => (version: number) => {
    onChange(eventId, version);
  };

  return {
    async eventCreated(event: DomainEvent<'EventCreated'>, em: EntityManager) {
      const { data } = event;
      const [status, statusValues] = advance('DRAFT');
      const version = await updateSummary(em, data.eventId, event.occurredAt,
        `owner_id = coalesce(owner_id, ?), ${newer('purpose')}, created_at = coalesce(created_at, ?), ${status},
         facts_at = greatest(coalesce(facts_at, ?::timestamptz), ?::timestamptz)`,
        [data.ownerId, event.occurredAt, data.purpose, data.createdAt, ...statusValues, event.occurredAt, event.occurredAt]);
      changed(data.eventId)(version);
    },

    async eventPublished(event: DomainEvent<'EventPublished'>, em: EntityManager) {
      const { data } = event;
      for (const channel of [...new Set(data.channels)].sort()) {
        await em.execute(
          `insert into ${T.channel} (event_id, channel, distribution) values (?, ?, 'PLANNED')
           on conflict (event_id, channel) do update set distribution = 'PLANNED' where ${T.channel}.distribution = 'NOT_PLANNED'`,
          [data.eventId, channel],
        );
      }
      const [status, statusValues] = advance('PUBLISHED');
      const occurred = event.occurredAt;
      const version = await updateSummary(em, data.eventId, occurred,
        `owner_id = coalesce(owner_id, ?), ${newer('title')}, ${newer('purpose')}, ${newer('starts_at')}, ${newer('ends_at')},
         ${newer('prize_cost_krw')}, published_at = coalesce(published_at, ?), ${status},
         facts_at = greatest(coalesce(facts_at, ?::timestamptz), ?::timestamptz)`,
        [data.ownerId, occurred, data.title, occurred, data.purpose, occurred, data.startsAt, occurred, data.endsAt,
          occurred, data.prize.quantity * data.prize.unitValueKrw, data.publishedAt, ...statusValues, occurred, occurred]);
      changed(data.eventId)(version);
    },

    async distributionCompleted(event: DomainEvent<'DistributionCompleted'>, em: EntityManager) {
      const { data } = event;
      const channels = [...data.channels].sort((a, b) => a.channel.localeCompare(b.channel));
      for (const result of channels) {
        // A different post (a retried distribution) starts its statistics afresh.
        await em.execute(
          `insert into ${T.channel} (event_id, channel, distribution, external_post_id, cost_krw, error_code, distributed_at)
           values (?, ?, ?, ?, ?, ?, ?)
           on conflict (event_id, channel) do update set distribution = excluded.distribution, external_post_id = excluded.external_post_id,
             cost_krw = excluded.cost_krw, error_code = excluded.error_code, distributed_at = excluded.distributed_at,
             views = case when ${T.channel}.external_post_id is distinct from excluded.external_post_id then null else ${T.channel}.views end,
             reach = case when ${T.channel}.external_post_id is distinct from excluded.external_post_id then null else ${T.channel}.reach end,
             stats_collected_at = case when ${T.channel}.external_post_id is distinct from excluded.external_post_id then null else ${T.channel}.stats_collected_at end,
             stats_stale = case when ${T.channel}.external_post_id is distinct from excluded.external_post_id then false else ${T.channel}.stats_stale end
           where ${T.channel}.distributed_at is null or ${T.channel}.distributed_at <= excluded.distributed_at`,
          [data.eventId, result.channel, result.status, result.externalPostId, result.costKrw, result.errorCode, data.completedAt],
        );
      }
      const version = await updateSummary(em, data.eventId, data.completedAt, 'owner_id = coalesce(owner_id, ?)', [data.ownerId]);
      changed(data.eventId)(version);
    },

    async eventEnded(event: DomainEvent<'EventEnded'>, em: EntityManager) {
      const { data } = event;
      const [status, statusValues] = advance(data.outcome);
      const version = await updateSummary(em, data.eventId, data.endedAt, `owner_id = coalesce(owner_id, ?), ended_at = coalesce(ended_at, ?), ${status}`,
        [data.ownerId, data.endedAt, ...statusValues]);
      changed(data.eventId)(version);
    },

    async participantRegistered(event: DomainEvent<'ParticipantRegistered'>, em: EntityManager) {
      const { data } = event;
      // One statement for the entry and its hour and channel counters (the entry's insert guards the counters).
      const [inserted] = await em.execute<{ n: number }[]>(
        `with entry as (
           insert into ${T.entry} (participation_id, event_id, customer_key, channel, store_visited, registered_at) values (?, ?, ?, ?, ?, ?)
           on conflict (participation_id) do nothing returning event_id
         ), hour as (
           insert into ${T.bucket} (event_id, hour_start, participants) select event_id, ?::timestamptz, 1 from entry
           on conflict (event_id, hour_start) do update set participants = ${T.bucket}.participants + 1
         ), channel as (
           insert into ${T.channel} (event_id, channel, participants) select event_id, ?, 1 from entry
           on conflict (event_id, channel) do update set participants = ${T.channel}.participants + 1
         )
         select count(*)::int as n from entry`,
        [data.participationId, data.eventId, data.customerKey, data.entryPath, data.storeVisited, data.registeredAt, hourStart(new Date(data.registeredAt)), data.entryPath],
      );
      // The same participation under another envelope (a producer retry) counts once.
      if (!inserted?.n) return;
      const version = await updateSummary(em, data.eventId, data.registeredAt, 'participants = participants + 1, store_visits = store_visits + ?',
        [data.storeVisited ? 1 : 0]);
      changed(data.eventId)(version);
    },

    async winnerSelected(event: DomainEvent<'WinnerSelected'>, em: EntityManager) {
      const { data } = event;
      // There is one draw per event: its winner count is set, not added.
      const version = await updateSummary(em, data.eventId, data.drawnAt, 'winners = ?', [data.winners.length]);
      changed(data.eventId)(version);
    },

    async checkedIn(event: DomainEvent<'CheckedIn'>, em: EntityManager) {
      const { data } = event;
      if (data.direction !== 'IN') return;
      const version = await updateSummary(em, data.eventId, data.checkedInAt, 'check_ins = check_ins + 1', []);
      changed(data.eventId)(version);
    },
  };
}

export type Aggregation = ReturnType<typeof createAggregation>;
