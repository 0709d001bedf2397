import type { EventBus, Logger } from '@attendgate/platform';

export type LiveChangeKind = 'SNAPSHOT' | 'GATE_STATE' | 'OCCUPANCY' | 'TELEMETRY' | 'ALERT' | 'EMERGENCY';

/** What travels on the bus: which venue changed and how. Subscribers read the full state themselves. */
export interface LiveTrigger {
  venueId: string;
  change: LiveChangeKind;
  gateId: string | null;
}

export interface LiveUpdates {
  /** Announces a committed change of a venue's live state. */
  changed(venueId: string, change: LiveChangeKind, gateId?: string | null): void;
  close(): void;
}

export const liveTopic = (venueId: string) => `gates.venue.${venueId}`;

/** Kinds that stream in bursts (a stadium's check-ins, every controller's minute telemetry). */
const THROTTLED: ReadonlySet<LiveChangeKind> = new Set(['OCCUPANCY', 'TELEMETRY']);

/**
 * Publishes live-state triggers on the event bus after changes commit. Gate states, alerts and emergencies go
 * out at once; occupancy and telemetry changes are coalesced per venue to at most one message per interval
 * (a check-in per millisecond must not become a dashboard message per millisecond). Every message makes
 * subscribers read the whole current state, so a coalesced or lost trigger loses nothing.
 */
export function createLiveUpdates(bus: EventBus, throttleMs: number, logger: Logger): LiveUpdates {
  const pending = new Map<string, NodeJS.Timeout>();
  const publish = (trigger: LiveTrigger) => {
    bus.publish(liveTopic(trigger.venueId), trigger).catch((error: unknown) => logger.warn({ err: error, venueId: trigger.venueId }, 'live update not published'));
  };
  return {
    changed(venueId, change, gateId = null) {
      if (!THROTTLED.has(change)) {
        publish({ venueId, change, gateId });
        return;
      }
      if (pending.has(venueId)) return;
      pending.set(
        venueId,
        setTimeout(() => {
          pending.delete(venueId);
          publish({ venueId, change, gateId });
        }, throttleMs),
      );
    },
    close() {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
