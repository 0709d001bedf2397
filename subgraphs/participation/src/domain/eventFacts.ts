import type { MediaChannel } from '@attendgate/platform';

/**
 * What this subgraph knows about an event, learnt from the events subgraph's domain events (EventPublished,
 * EventEnded) rather than by asking it: subgraphs never call each other, and entries must be checked in the
 * entry's own transaction. The events subgraph stays the owner; this is a read model of the facts
 * participation needs (who owns it, where customers may come from, when it takes entries).
 */
export const EVENT_FACT_STATUSES = ['PUBLISHED', 'ENDED', 'CANCELLED'] as const;
export type EventFactStatus = (typeof EVENT_FACT_STATUSES)[number];

export interface EventFacts {
  ownerId: string;
  status: EventFactStatus;
  title: string | null;
  prizeName: string | null;
  channels: MediaChannel[];
  startsAt: Date | null;
  endsAt: Date | null;
  announcesAt: Date | null;
  /** occurredAt of the newest EventPublished applied; an older one arriving late changes nothing. */
  publishedEventAt: Date | null;
  endedAt: Date | null;
}

export interface PublishedFacts {
  ownerId: string;
  title: string;
  prizeName: string;
  channels: MediaChannel[];
  startsAt: Date;
  endsAt: Date;
  announcesAt: Date | null;
  occurredAt: Date;
}

/**
 * Applies an EventPublished. Events may arrive in any order and more than once: an older publication never
 * overwrites a newer one, and an event that already ended or was cancelled stays so (the lifecycle never
 * returns to PUBLISHED from there), whatever order the two events come in.
 */
export function applyPublished(current: EventFacts | null, published: PublishedFacts): EventFacts {
  if (current?.publishedEventAt && current.publishedEventAt >= published.occurredAt) return current;
  return {
    ownerId: published.ownerId,
    status: current && current.status !== 'PUBLISHED' ? current.status : 'PUBLISHED',
    title: published.title,
    prizeName: published.prizeName,
    channels: [...published.channels],
    startsAt: published.startsAt,
    endsAt: published.endsAt,
    announcesAt: published.announcesAt,
    publishedEventAt: published.occurredAt,
    endedAt: current?.endedAt ?? null,
  };
}

/** Applies an EventEnded (ENDED or CANCELLED); the first end recorded stands. */
export function applyEnded(current: EventFacts | null, ended: { ownerId: string; outcome: 'ENDED' | 'CANCELLED'; endedAt: Date }): EventFacts {
  if (current && current.status !== 'PUBLISHED') return current;
  return {
    ownerId: current?.ownerId ?? ended.ownerId,
    status: ended.outcome,
    title: current?.title ?? null,
    prizeName: current?.prizeName ?? null,
    channels: current?.channels ?? [],
    startsAt: current?.startsAt ?? null,
    endsAt: current?.endsAt ?? null,
    announcesAt: current?.announcesAt ?? null,
    publishedEventAt: current?.publishedEventAt ?? null,
    endedAt: ended.endedAt,
  };
}

/** Why an event does not take an entry right now; each maps to a distinct `state` for clients. */
export type EntryClosedReason = 'NOT_STARTED' | 'ENDED' | 'CANCELLED' | 'DRAWN';

/**
 * Whether the event takes entries at `now`: PUBLISHED, inside its period (start inclusive, end exclusive),
 * and not yet drawn. The draw closes entries: its log commits to the entrant list, and with no re-draw (seed
 * 004's change log) a later entry could never win.
 */
export function entryClosedReason(facts: Pick<EventFacts, 'status' | 'startsAt' | 'endsAt'>, drawn: boolean, now: Date): EntryClosedReason | null {
  if (facts.status === 'CANCELLED') return 'CANCELLED';
  if (facts.status === 'ENDED') return 'ENDED';
  if (drawn) return 'DRAWN';
  if (!facts.startsAt || !facts.endsAt) return 'NOT_STARTED';
  if (now < facts.startsAt) return 'NOT_STARTED';
  if (now >= facts.endsAt) return 'ENDED';
  return null;
}
