/**
 * The subscribers of the subscription benchmark, in a process of their own (never the target's): opens N
 * sockets to one target, counts every tick message that arrives and how long after its publication.
 *
 * - `graphql-ws` target (the gateway): connection_init, then one `subscribe` per socket after the ack;
 * - `raw` target (the ws baseline): just connects; the server broadcasts.
 * Driven over IPC by the benchmark (see SubscriberRequest).
 */
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { serveRequests } from '../lib/processes.ts';
import { percentile } from '../lib/stats.ts';
import { wallClockMs } from './tick.ts';

/** Sockets opened at once: a thousand simultaneous handshakes would only measure the accept queue. */
const OPEN_BATCH = 50;

export type SubscriberRequest =
  | { type: 'open'; target: 'graphql-ws' | 'raw'; url: string; sockets: number; query?: string; variables?: Record<string, unknown> }
  /** Counts from here on only ticks with `seq >= fromSeq` (earlier rounds' stragglers are ignored). */
  | { type: 'round'; fromSeq: number }
  /** How many ticks of this round arrived so far (cheap: polled while the round drains). */
  | { type: 'count' }
  | { type: 'stats' };

export interface SubscriberStats {
  delivered: number;
  /** Messages that were not a well-formed tick without errors. */
  malformed: number;
  p50Ms: number;
  p99Ms: number;
  /** Size of the last tick message received, to show both targets carry the same bytes. */
  messageBytes: number;
  opened: number;
}

const sockets: WebSocket[] = [];
let fromSeq = Number.POSITIVE_INFINITY;
let latencies: number[] = [];
let malformed = 0;
let messageBytes = 0;

function onMessage(data: WebSocket.RawData): void {
  const receivedAt = wallClockMs();
  const text = data.toString();
  const seqAt = text.indexOf('"seq":');
  const publishedAt = text.indexOf('"publishedAt":');
  if (!text.startsWith('{"id":') || seqAt < 0 || publishedAt < 0 || text.includes('"errors"')) {
    if (!text.includes('"connection_ack"')) malformed++;
    return;
  }
  if (Number.parseInt(text.slice(seqAt + 6), 10) < fromSeq) return;
  latencies.push(receivedAt - Number.parseFloat(text.slice(publishedAt + 14)));
  messageBytes = Buffer.byteLength(text);
}

function open(request: Extract<SubscriberRequest, { type: 'open' }>): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(request.url, request.target === 'graphql-ws' ? 'graphql-transport-ws' : undefined);
    socket.once('error', reject);
    socket.once('close', (code) => reject(new Error(`socket closed with ${code} while opening`)));
    socket.on('message', onMessage);
    socket.once('open', () => {
      sockets.push(socket);
      if (request.target === 'raw') return resolve();
      socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
      socket.once('message', () => {
        socket.send(JSON.stringify({ id: randomUUID(), type: 'subscribe', payload: { query: request.query, variables: request.variables } }));
        resolve();
      });
    });
  });
}

serveRequests<SubscriberRequest, SubscriberStats | { delivered: number } | { ok: true }>(async (request) => {
  switch (request.type) {
    case 'open':
      for (let i = 0; i < request.sockets; i += OPEN_BATCH) {
        await Promise.all(Array.from({ length: Math.min(OPEN_BATCH, request.sockets - i) }, () => open(request)));
      }
      return { ok: true };
    case 'round':
      fromSeq = request.fromSeq;
      latencies = [];
      malformed = 0;
      return { ok: true };
    case 'count':
      return { delivered: latencies.length };
    case 'stats':
      return { delivered: latencies.length, malformed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), messageBytes, opened: sockets.length };
  }
});
