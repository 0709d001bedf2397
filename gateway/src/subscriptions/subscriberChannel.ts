import type { WebSocket } from 'ws';
import type { SubscriptionMetrics } from './subscriptionMetrics.ts';

export interface ChannelLimits {
  /** Buffered bytes on the socket above which new messages wait in the subscriber's own queue. */
  softBufferBytes: number;
  /** Buffered bytes above which the socket is closed: the client is not reading. */
  hardBufferBytes: number;
  /** Messages a subscriber's queue holds while its socket is backed up; the oldest are dropped first. */
  queueLength: number;
  /** How long a socket may stay backed up (messages waiting) before it is closed as stalled. */
  stallMs: number;
}

/** Close code for a client that does not read fast enough (RFC 6455 1013: try again later). */
export const SLOW_CONSUMER_CLOSE_CODE = 1013;
/** A client too far behind to read its close frame soon is cut off after this, freeing its buffer. */
const SLOW_CONSUMER_TERMINATE_MS = 1_000;

/**
 * One client subscription's way out: graphql-ws `next` messages written straight to the client's socket.
 *
 * The event's payload is serialized once for every subscriber sharing it; here it only gets the subscriber's
 * envelope (`{"id":…,"type":"next","payload":…}`), and the send never waits, so one slow client cannot hold
 * up the fan-out to the others. While a socket's send buffer is above the soft limit, messages wait in a
 * short queue of the subscriber's own (dropping the oldest, which for state streams is the stale one) and
 * are flushed when the socket drains. A socket above the hard limit, or backed up for longer than the stall
 * time, is closed (1013): its client is not reading.
 *
 * It is also the async iterator graphql-ws holds for the subscription: it yields nothing (messages bypass it)
 * and ends when the subscription ends, which is when graphql-ws sends `complete`.
 */
export class SubscriberChannel implements AsyncIterableIterator<never> {
  readonly #socket: WebSocket;
  readonly #prefix: string;
  readonly #limits: ChannelLimits;
  readonly #metrics: SubscriptionMetrics;
  readonly #onEnd: (channel: SubscriberChannel) => void;
  readonly #pending: string[] = [];
  #ended = false;
  #flushScheduled = false;
  /** When the socket last went from keeping up to backed up; undefined while it keeps up. */
  #backedUpSince: number | undefined;
  #markDone!: () => void;
  /** Settles when the subscription ends, however it ends. */
  readonly done = new Promise<void>((resolve) => {
    this.#markDone = resolve;
  });

  constructor(options: { socket: WebSocket; id: string; limits: ChannelLimits; metrics: SubscriptionMetrics; onEnd: (channel: SubscriberChannel) => void }) {
    this.#socket = options.socket;
    this.#prefix = `{"id":${JSON.stringify(options.id)},"type":"next","payload":`;
    this.#limits = options.limits;
    this.#metrics = options.metrics;
    this.#onEnd = options.onEnd;
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Sends one already-serialized execution result. */
  deliver(payloadJson: string): void {
    if (this.#ended) return;
    const socket = this.#socket;
    if (socket.readyState !== socket.OPEN) return;
    const buffered = socket.bufferedAmount;
    const backedUp = buffered > this.#limits.softBufferBytes || this.#pending.length > 0;
    const stalled = backedUp && this.#backedUpSince !== undefined && Date.now() - this.#backedUpSince > this.#limits.stallMs;
    if (buffered > this.#limits.hardBufferBytes || stalled) {
      this.#closeSlowConsumer();
      return;
    }
    const message = this.#prefix + payloadJson + '}';
    if (backedUp) {
      this.#backedUpSince ??= Date.now();
      this.#pending.push(message);
      if (this.#pending.length > this.#limits.queueLength) {
        this.#pending.shift();
        this.#metrics.messagesDropped.inc();
      }
      this.#scheduleFlush();
      return;
    }
    this.#backedUpSince = undefined;
    socket.send(message);
    this.#metrics.messagesOut.inc();
  }

  #closeSlowConsumer(): void {
    const socket = this.#socket;
    this.#metrics.slowConsumersClosed.inc();
    socket.close(SLOW_CONSUMER_CLOSE_CODE, 'Client is not reading fast enough');
    // A client this far behind will not read its close frame soon; cut it off to free the buffers.
    setTimeout(() => socket.terminate(), SLOW_CONSUMER_TERMINATE_MS).unref();
    this.#end();
  }

  /** Sends a last result (an error) and ends the subscription; graphql-ws then sends `complete`. */
  endWith(payloadJson: string | undefined): void {
    if (this.#ended) return;
    if (payloadJson !== undefined && this.#socket.readyState === this.#socket.OPEN) {
      for (const message of this.#pending) this.#socket.send(message);
      this.#socket.send(this.#prefix + payloadJson + '}');
    }
    this.#end();
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    // ws exposes no drain event; the underlying TCP socket does.
    const tcp = (this.#socket as unknown as { _socket?: NodeJS.EventEmitter })._socket;
    const flush = () => {
      this.#flushScheduled = false;
      if (this.#ended || this.#socket.readyState !== this.#socket.OPEN) return;
      while (this.#pending.length && this.#socket.bufferedAmount <= this.#limits.softBufferBytes) {
        this.#socket.send(this.#pending.shift()!);
        this.#metrics.messagesOut.inc();
      }
      if (this.#pending.length) this.#scheduleFlush();
      else this.#backedUpSince = undefined;
    };
    if (tcp) tcp.once('drain', flush);
    else setTimeout(flush, 10);
  }

  #end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#pending.length = 0;
    this.#markDone();
    this.#onEnd(this);
  }

  next(): Promise<IteratorResult<never>> {
    return this.done.then(() => ({ value: undefined, done: true }));
  }

  /** graphql-ws calls this when the client completes the subscription or the socket closes. */
  async return(): Promise<IteratorResult<never>> {
    this.#end();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<never>> {
    this.#end();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
