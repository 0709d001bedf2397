import { stateStream, type EventBus, type Logger } from '@attendgate/platform';
import type { MetricsCache } from './metricsCache.ts';
import type { MetricsView } from './views.ts';

export const metricsTopic = (eventId: string) => `analytics.metrics.${eventId}`;

/** While the change that asked for a refresh has not committed yet, look again this soon. */
const UNCOMMITTED_RETRY_MS = 20;
/** Give up waiting for a version after this many looks (its transaction rolled back): publish what is there. */
const UNCOMMITTED_MAX_LOOKS = 50;

interface Pending {
  /** The newest version a change announced. */
  wanted: number;
  timer: NodeJS.Timeout | null;
  looks: number;
  /** When the figures were last published (the coalescing window starts there). */
  lastRun: number;
  running: boolean;
}

/**
 * Refreshes the cached dashboard and pushes it to live subscribers whenever an event's figures change,
 * coalesced to at most one refresh per `intervalMs` per event (a burst of entries makes one message, not
 * hundreds).
 *
 * Changes are announced from inside the handler's transaction, before it commits, with the version it wrote.
 * The refresher computes the figures until they carry that version (a commit takes milliseconds), so neither
 * the cache nor the subscribers are left with figures older than the last committed change. Each message is
 * the whole dashboard, so a message lost on the bus is repaired by the next one.
 */
export function createLiveMetrics(deps: { cache: MetricsCache; bus: EventBus; logger: Logger; intervalMs: number }) {
  const { cache, bus, logger, intervalMs } = deps;
  const pending = new Map<string, Pending>();
  let closed = false;

  function schedule(eventId: string, state: Pending, delayMs: number) {
    if (state.timer || state.running || closed) return;
    state.timer = setTimeout(() => {
      state.timer = null;
      void run(eventId, state);
    }, delayMs);
  }

  async function run(eventId: string, state: Pending) {
    state.running = true;
    const wanted = state.wanted;
    try {
      const view = await cache.compute(eventId);
      if (view && view.version < wanted && state.looks < UNCOMMITTED_MAX_LOOKS) {
        state.looks += 1;
        return;
      }
      state.looks = 0;
      state.lastRun = Date.now();
      if (view) {
        await cache.store(view);
        await bus.publish(metricsTopic(eventId), view);
      }
    } catch (error) {
      logger.warn({ err: error, eventId }, 'live metrics not refreshed');
    } finally {
      state.running = false;
      if (state.looks > 0) schedule(eventId, state, UNCOMMITTED_RETRY_MS);
      else if (state.wanted > wanted) schedule(eventId, state, nextDelay(state));
      else forgetWhenIdle(eventId, state);
    }
  }

  const nextDelay = (state: Pending) => Math.max(UNCOMMITTED_RETRY_MS, state.lastRun + intervalMs - Date.now());

  /** An event without changes for a whole window is forgotten, so the map holds only active events. */
  function forgetWhenIdle(eventId: string, state: Pending) {
    const seen = state.wanted;
    setTimeout(() => {
      if (pending.get(eventId) === state && !state.timer && !state.running && state.wanted === seen) pending.delete(eventId);
    }, intervalMs).unref();
  }

  return {
    /** Announces that an event's figures changed (or are about to, once the caller's transaction commits). */
    changed(eventId: string, version: number) {
      let state = pending.get(eventId);
      if (!state) {
        state = { wanted: version, timer: null, looks: 0, running: false, lastRun: 0 };
        pending.set(eventId, state);
      }
      state.wanted = Math.max(state.wanted, version);
      schedule(eventId, state, nextDelay(state));
    },

    /** The dashboard now, then every refresh (`eventMetricsUpdated`). */
    stream(eventId: string): AsyncGenerator<MetricsView | null> {
      return stateStream(() => cache.read(eventId), bus.subscribe<MetricsView>(metricsTopic(eventId)));
    },

    close() {
      closed = true;
      for (const state of pending.values()) if (state.timer) clearTimeout(state.timer);
      pending.clear();
    },
  };
}

export type LiveMetrics = ReturnType<typeof createLiveMetrics>;
