import { AppError, stateStream } from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Gate, Venue, type Alert, type Emergency } from '../entities/index.ts';
import { createLoaders, type GatesLoaders } from '../loaders.ts';
import { isUuid, type GatesDeps } from './deps.ts';
import { liveTopic, type LiveChangeKind, type LiveTrigger } from './liveUpdates.ts';
import { queries } from './queries.ts';

/** Most gates one live message lists (a stadium has about a hundred). */
const MAX_LIVE_GATES = 500;
const LIVE_ALERTS = 50;

export interface VenueLiveStateView {
  venue: Venue;
  gates: Gate[];
  occupancy: number;
  capacity: number;
  activeEmergency: Emergency | null;
  openAlerts: Alert[];
  events: { __typename: 'Event'; id: string }[];
  change: LiveChangeKind;
  changedGateId: string | null;
  at: Date;
}

/** The parts of a request context a live message is resolved with; replaced for every message. */
export interface LiveContext {
  em: EntityManager;
  loaders: GatesLoaders;
}

/**
 * `gateStateChanged(venueId)`: a state stream. The bus carries only triggers (which venue, what changed); each
 * message, the first (SNAPSHOT) included, is the venue's whole current state read at that moment, so a
 * message lost on the bus, or coalesced away, is repaired by the next one. Each message is read with a fresh
 * EntityManager and fresh loaders: a subscription lives for hours, its context must not cache rows.
 */
export function createLiveState(deps: GatesDeps) {
  return {
    async subscribe(em: EntityManager, venueId: string): Promise<AsyncGenerator<LiveTrigger>> {
      const venue = isUuid(venueId) ? await em.findOne(Venue, { id: venueId }) : null;
      if (!venue) throw AppError.notFound('The venue');
      const snapshot = async (): Promise<LiveTrigger> => ({ venueId: venue.id, change: 'SNAPSHOT', gateId: null });
      return stateStream(snapshot, deps.bus.subscribe<LiveTrigger>(liveTopic(venue.id)));
    },

    async resolve(trigger: LiveTrigger, ctx: LiveContext): Promise<VenueLiveStateView> {
      ctx.em = deps.orm.em.fork();
      ctx.loaders = createLoaders(ctx.em);
      const venue = await ctx.loaders.venue.load(trigger.venueId);
      if (!venue) throw AppError.notFound('The venue');
      const [gates, activeEmergency, openAlerts, events, occupancy] = await Promise.all([
        ctx.em.find(Gate, { venue: venue.id }, { orderBy: { name: 'asc', id: 'asc' }, limit: MAX_LIVE_GATES }),
        ctx.loaders.activeEmergencyByVenue.load(venue.id),
        queries.openAlerts(ctx.em, venue.id, LIVE_ALERTS),
        ctx.loaders.eventsByVenue.load(venue.id),
        ctx.loaders.occupancy.load(venue.id),
      ]);
      for (const gate of gates) ctx.loaders.gate.prime(gate.id, gate);
      return {
        venue, gates, occupancy, capacity: venue.capacity, activeEmergency, openAlerts,
        events: events.map((event) => ({ __typename: 'Event' as const, id: event.id })),
        change: trigger.change, changedGateId: trigger.gateId, at: new Date(),
      };
    },
  };
}

export type LiveState = ReturnType<typeof createLiveState>;
