/**
 * The baseline of the subscription benchmark: a bare `ws` server that sends every tick from the event bus to
 * every connected socket as one graphql-ws `next` message built once per event — the same bytes the gateway
 * sends, without protocol handling, auth, planning, execution or per-subscriber envelopes. What a WebSocket
 * broadcast of these messages costs at the least, on the same machine in the same run.
 *
 * Environment: the platform's (REDIS_URL, REDIS_KEY_PREFIX, secrets), RAW_BROADCAST_PORT, BENCH_CHANNEL.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { createServiceRuntime } from '@attendgate/platform';
import { nextMessage, tickResultJson, tickTopic, type TickEvent } from './tick.ts';

const runtime = createServiceRuntime('raw-broadcast', {}, process.env);
const events = runtime.bus.subscribe<TickEvent>(tickTopic(process.env.BENCH_CHANNEL!));
await events.ready;

const server = http.createServer((_request, response) => response.end('ok'));
const sockets = new WebSocketServer({ server });
// One id for everyone, as long as the ids graphql-ws clients choose (UUIDs): the message size is the gateway's.
const id = randomUUID();
await new Promise<void>((resolve) => server.listen(Number(process.env.RAW_BROADCAST_PORT), '127.0.0.1', resolve));
// Exit through process.exit so that --cpu-prof (BENCH_CPU_PROFILE) writes its profile.
process.once('SIGTERM', () => process.exit(0));

for await (const event of events) {
  const message = nextMessage(id, tickResultJson(event));
  for (const socket of sockets.clients) socket.send(message);
}
