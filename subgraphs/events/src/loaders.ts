import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ChannelDistribution, Event, EventImage, Job, Recommendation } from './entities/index.ts';
import { isUuid } from './services/eventAccess.ts';

export interface EventsLoaders {
  /** Events by id: one `select … where id in (…)` per tick, whatever the number of references. */
  event: DataLoader<string, Event | null>;
  /** Each event's current suggestions (the newest AI job's plans), one statement per batch. */
  recommendationsOfEvent: DataLoader<string, Recommendation[]>;
  recommendation: DataLoader<string, Recommendation | null>;
  imagesOfEvent: DataLoader<string, EventImage[]>;
  image: DataLoader<string, EventImage | null>;
  distributionsOfEvent: DataLoader<string, ChannelDistribution[]>;
  distribution: DataLoader<string, ChannelDistribution | null>;
  job: DataLoader<string, Job | null>;
}

function byIds<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const rows = wanted.length ? await load(wanted) : [];
    const found = new Map(rows.map((row) => [row.id.toLowerCase(), row]));
    return ids.map((id) => found.get(id.toLowerCase()) ?? null);
  });
}

function groupedBy<T extends { eventId: string }>(load: (eventIds: string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (eventIds) => {
    const rows = await load([...new Set(eventIds)]);
    const groups = new Map<string, T[]>();
    for (const row of rows) groups.set(row.eventId, [...(groups.get(row.eventId) ?? []), row]);
    return eventIds.map((id) => groups.get(id) ?? []);
  });
}

/** Request-scoped loaders (their cache must never outlive the request's EntityManager). */
export function createLoaders(em: EntityManager): EventsLoaders {
  return {
    event: byIds((ids) => em.find(Event, { id: { $in: ids } })),
    recommendationsOfEvent: groupedBy(async (eventIds) => {
      // The plans of each event's newest AI answer: rows whose job is the event's latest among its plans.
      const rows = await em.getConnection().execute<{ id: string }[]>(
        `select r.id from events.recommendation r
         where r.event_id = any(?::uuid[]) and r.job_id = (
           select r2.job_id from events.recommendation r2 where r2.event_id = r.event_id order by r2.created_at desc, r2.job_id limit 1)`,
        [`{${eventIds.join(',')}}`],
      );
      return rows.length ? em.find(Recommendation, { id: { $in: rows.map((row) => row.id) } }, { orderBy: { position: 'asc' } }) : [];
    }),
    recommendation: byIds((ids) => em.find(Recommendation, { id: { $in: ids } })),
    imagesOfEvent: groupedBy((eventIds) => em.find(EventImage, { eventId: { $in: eventIds } }, { orderBy: { platform: 'asc' } })),
    image: byIds((ids) => em.find(EventImage, { id: { $in: ids } })),
    distributionsOfEvent: groupedBy((eventIds) => em.find(ChannelDistribution, { eventId: { $in: eventIds } }, { orderBy: { channel: 'asc' } })),
    distribution: byIds((ids) => em.find(ChannelDistribution, { id: { $in: ids } })),
    job: byIds((ids) => em.find(Job, { id: { $in: ids } })),
  };
}
