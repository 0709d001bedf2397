import type { NextFunction, Request, Response } from 'express';
import { UnknownSimulatorError } from './errors.ts';

/**
 * What each simulator received, so tests can count a client's calls: that it retried three times, or that an
 * open circuit breaker stopped calling. Requests are recorded on arrival, before faults apply, so failed and
 * hung attempts count too. Bounded per simulator so a long-running standalone simulator cannot grow forever.
 */
export interface RecordedRequest {
  method: string;
  /** Path below the simulator's mount point, without the query string, e.g. "/api/nts-businessman/v1/status". */
  path: string;
  query: Record<string, unknown>;
  /** ISO 8601 arrival time. */
  time: string;
  /** Parsed JSON body; undefined when there was none or it was not valid JSON. */
  body: unknown;
}

export const DEFAULT_REQUEST_LOG_CAPACITY = 1000;

/** Fixed-size ring buffer: keeps the newest `capacity` items, oldest first when listed. */
class RingBuffer<T> {
  readonly #items: T[] = [];
  readonly #capacity: number;
  #next = 0;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  push(item: T): void {
    if (this.#items.length < this.#capacity) this.#items.push(item);
    else this.#items[this.#next] = item;
    this.#next = (this.#next + 1) % this.#capacity;
  }

  toArray(): T[] {
    if (this.#items.length < this.#capacity) return [...this.#items];
    return [...this.#items.slice(this.#next), ...this.#items.slice(0, this.#next)];
  }

  clear(): void {
    this.#items.length = 0;
    this.#next = 0;
  }
}

export class RequestLog {
  readonly #buffers = new Map<string, RingBuffer<RecordedRequest>>();

  constructor(names: Iterable<string>, capacity = DEFAULT_REQUEST_LOG_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    for (const name of names) this.#buffers.set(name, new RingBuffer(capacity));
  }

  record(name: string, request: RecordedRequest): void {
    this.#buffer(name).push(request);
  }

  /** Oldest first; a copy, so later requests do not change an array a test already holds. */
  list(name: string): RecordedRequest[] {
    return this.#buffer(name).toArray();
  }

  clear(name?: string): void {
    if (name === undefined) for (const buffer of this.#buffers.values()) buffer.clear();
    else this.#buffer(name).clear();
  }

  /** Express middleware recording every request to one simulator; mount after body parsing. */
  middleware(name: string) {
    const buffer = this.#buffer(name);
    return (req: Request, _res: Response, next: NextFunction) => {
      buffer.push({
        method: req.method,
        path: req.path,
        query: { ...(req.query as Record<string, unknown>) },
        time: new Date().toISOString(),
        body: req.body as unknown,
      });
      next();
    };
  }

  #buffer(name: string): RingBuffer<RecordedRequest> {
    const buffer = this.#buffers.get(name);
    if (!buffer) throw new UnknownSimulatorError(name);
    return buffer;
  }
}
