import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { toPage, type PageRequest } from '@attendgate/platform';
import { EventFacts } from './entities/index.ts';
import { drawsOfEvents } from './services/draws.ts';
import { isUuid } from './services/ids.ts';
import { participantCounts, participantPages, winnerPages, type ParticipantCursor } from './services/participantQueries.ts';
import type { DrawView, ParticipantConnectionView, ParticipantFilter, WinnerConnectionView } from './services/views.ts';

export interface ParticipantPageKey {
  eventId: string;
  request: PageRequest<ParticipantCursor>;
  filter: ParticipantFilter;
}

export interface WinnerPageKey {
  eventId: string;
  request: PageRequest<readonly [number]>;
}

export interface CountKey {
  eventId: string;
  filter: ParticipantFilter;
}

export interface ParticipationLoaders {
  /** Event facts by id, one `select … where id in (…)` per tick. */
  eventFacts: DataLoader<string, EventFacts | null>;
  participants: DataLoader<ParticipantPageKey, ParticipantConnectionView, string>;
  participantCount: DataLoader<CountKey, number, string>;
  winners: DataLoader<WinnerPageKey, WinnerConnectionView, string>;
  draw: DataLoader<string, DrawView | null>;
}

/**
 * Loads keys that share their arguments together: `load` answers one group of event ids with one statement.
 * Keys of unknown (or malformed) ids get `empty` without a query.
 */
function grouped<Key extends { eventId: string }, Value>(
  argumentsOf: (key: Key) => string,
  load: (eventIds: string[], sample: Key) => Promise<Map<string, Value>>,
  empty: (key: Key) => Value,
) {
  return async (keys: readonly Key[]): Promise<Value[]> => {
    const groups = new Map<string, Key[]>();
    for (const key of keys) {
      const group = groups.get(argumentsOf(key));
      if (group) group.push(key);
      else groups.set(argumentsOf(key), [key]);
    }
    const results = new Map<Key, Value>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const ids = [...new Set(group.map((key) => key.eventId).filter(isUuid))];
        const found = ids.length ? await load(ids, group[0]!) : new Map<string, Value>();
        for (const key of group) results.set(key, found.get(key.eventId) ?? empty(key));
      }),
    );
    return keys.map((key) => results.get(key)!);
  };
}

const noPage = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

/**
 * Request-scoped loaders (their cache must never outlive the request's EntityManager). Every field that
 * lists or counts per event is answered for all the events of a response with one statement per distinct
 * set of arguments: an owner's event list showing twenty events' participants costs one query, not twenty.
 * Page arguments are validated by the resolvers before they reach a loader.
 */
export function createLoaders(em: EntityManager): ParticipationLoaders {
  const participantArgs = (key: ParticipantPageKey) => JSON.stringify([key.request.size, key.request.after ?? null, key.filter]);
  const winnerArgs = (key: WinnerPageKey) => JSON.stringify([key.request.size, key.request.after ?? null]);
  return {
    eventFacts: new DataLoader(async (ids) => {
      const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
      const rows = wanted.length ? await em.find(EventFacts, { id: { $in: wanted } }) : [];
      const byId = new Map(rows.map((row) => [row.id.toLowerCase(), row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),

    participants: new DataLoader(
      grouped<ParticipantPageKey, ParticipantConnectionView>(
        participantArgs,
        async (eventIds, { request, filter }) => {
          const pages = await participantPages(em, eventIds, filter, request.after, request.size + 1);
          return new Map(eventIds.map((id) => [id, { eventId: id, filter, ...toPage(pages.get(id) ?? [], request, (row) => [row.registeredAt.toISOString(), row.id]) }]));
        },
        (key) => ({ eventId: key.eventId, filter: key.filter, ...noPage }),
      ),
      { cacheKeyFn: (key) => `${key.eventId}:${participantArgs(key)}` },
    ),

    participantCount: new DataLoader(
      grouped<CountKey, number>(
        (key) => JSON.stringify(key.filter),
        (eventIds, { filter }) => participantCounts(em, eventIds, filter),
        () => 0,
      ),
      { cacheKeyFn: (key) => `${key.eventId}:${JSON.stringify(key.filter)}` },
    ),

    winners: new DataLoader(
      grouped<WinnerPageKey, WinnerConnectionView>(
        winnerArgs,
        async (eventIds, { request }) => {
          const pages = await winnerPages(em, eventIds, request.after?.[0] ?? 0, request.size + 1);
          return new Map(eventIds.map((id) => [id, { eventId: id, ...toPage(pages.get(id) ?? [], request, (winner) => [winner.rank]) }]));
        },
        (key) => ({ eventId: key.eventId, ...noPage }),
      ),
      { cacheKeyFn: (key) => `${key.eventId}:${winnerArgs(key)}` },
    ),

    draw: new DataLoader(async (ids) => {
      const wanted = [...new Set(ids.filter(isUuid))];
      const draws = wanted.length ? await drawsOfEvents(em, wanted) : new Map<string, DrawView>();
      return ids.map((id) => draws.get(id) ?? null);
    }),
  };
}
