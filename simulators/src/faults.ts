import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { UnknownSimulatorError } from './errors.ts';

/**
 * Fault injection, per simulator, so tests can prove how our clients behave when an external system is slow,
 * flaky, down or silent. Settings are replaced as a whole on `set` (no merging: what you set is what applies).
 *
 * Deterministic on purpose: `latencyMs`, `failNext`, `down` and `hang` behave the same on every run, so tests
 * can rely on them; only `failureRate` and `jitterMs` use Math.random.
 */
export interface FaultSettings {
  /** Delay before the answer (success or injected failure). */
  latencyMs?: number;
  /** Extra random delay in [0, jitterMs) on top of latencyMs. */
  jitterMs?: number;
  /** Probability 0..1 that a request fails with failureStatus. 1 always fails, 0 never. */
  failureRate?: number;
  /** HTTP status for injected failures; default 503. */
  failureStatus?: number;
  /** The next N requests fail, counted when they arrive; then this clears itself. */
  failNext?: number;
  /** Accept the request and never answer; only closing the server ends it. */
  hang?: boolean;
  /** Every request fails with failureStatus. */
  down?: boolean;
}

export const DEFAULT_FAILURE_STATUS = 503;

/** Checks settings from the admin API or a test; returns an error message or undefined when valid. */
export function validateFaultSettings(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'settings must be a JSON object';
  const known = new Set(['latencyMs', 'jitterMs', 'failureRate', 'failureStatus', 'failNext', 'hang', 'down']);
  for (const [key, field] of Object.entries(value)) {
    if (!known.has(key)) return `unknown setting "${key}"`;
    if (field === undefined) continue;
    if (key === 'hang' || key === 'down') {
      if (typeof field !== 'boolean') return `${key} must be a boolean`;
    } else if (typeof field !== 'number' || !Number.isFinite(field) || field < 0) {
      return `${key} must be a non-negative number`;
    }
  }
  const settings = value as FaultSettings;
  if (settings.failureRate !== undefined && settings.failureRate > 1) return 'failureRate must be between 0 and 1';
  if (settings.failNext !== undefined && !Number.isInteger(settings.failNext)) return 'failNext must be an integer';
  const status = settings.failureStatus;
  if (status !== undefined && (!Number.isInteger(status) || status < 400 || status > 599)) {
    return 'failureStatus must be an HTTP error status (400..599)';
  }
  return undefined;
}

type Decision = 'hang' | 'fail' | 'pass';

export class FaultInjector {
  readonly #names: ReadonlySet<string>;
  readonly #settings = new Map<string, FaultSettings>();
  /** Pending latency timers, so closing the server does not leave timers behind. */
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(names: Iterable<string>) {
    this.#names = new Set(names);
  }

  /** Replaces the settings of one simulator. Throws UnknownSimulatorError or on invalid settings. */
  set(name: string, settings: FaultSettings): void {
    this.#assertKnown(name);
    const problem = validateFaultSettings(settings);
    if (problem) throw new TypeError(problem);
    this.#settings.set(name, { ...settings });
  }

  /** Current settings (a copy; failNext shows what is left). */
  get(name: string): FaultSettings {
    this.#assertKnown(name);
    return { ...this.#settings.get(name) };
  }

  /** Clears one simulator's faults, or every simulator's when no name is given. */
  clear(name?: string): void {
    if (name === undefined) this.#settings.clear();
    else {
      this.#assertKnown(name);
      this.#settings.delete(name);
    }
  }

  /** Express middleware for one simulator; mount it before the simulator's routes. */
  middleware(name: string): RequestHandler {
    this.#assertKnown(name);
    return (req: Request, res: Response, next: NextFunction) => {
      const settings = this.#settings.get(name) ?? {};
      // Decide on arrival, before any delay, so failNext counts requests in the order they came in.
      const decision = this.#decide(name, settings);
      if (decision === 'hang') return;
      const delay = (settings.latencyMs ?? 0) + (settings.jitterMs ? Math.random() * settings.jitterMs : 0);
      const proceed = () => {
        if (decision === 'pass') return next();
        const status = settings.failureStatus ?? DEFAULT_FAILURE_STATUS;
        res.status(status).json({ error: 'INJECTED_FAULT', simulator: name, status });
      };
      if (delay <= 0) return proceed();
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        proceed();
      }, delay);
      this.#timers.add(timer);
      // A client that gave up (timeout, abort) needs no answer.
      res.once('close', () => {
        clearTimeout(timer);
        this.#timers.delete(timer);
      });
    };
  }

  /** Cancels pending delayed answers; called when the server closes. */
  dispose(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  #decide(name: string, settings: FaultSettings): Decision {
    if (settings.hang) return 'hang';
    if (settings.down) return 'fail';
    if (settings.failNext && settings.failNext > 0) {
      const left = settings.failNext - 1;
      if (left > 0) settings.failNext = left;
      else delete settings.failNext;
      if (Object.keys(settings).length === 0) this.#settings.delete(name);
      return 'fail';
    }
    if (settings.failureRate && Math.random() < settings.failureRate) return 'fail';
    return 'pass';
  }

  #assertKnown(name: string): void {
    if (!this.#names.has(name)) throw new UnknownSimulatorError(name);
  }
}
