import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Aedes } from 'aedes';

export interface EmbeddedMqttBroker {
  /** `mqtt://127.0.0.1:<port>`, for MQTT_URL. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * An MQTT 3.1.1 broker inside this process (aedes, in-memory), for the zero-setup `npm start` on a machine
 * without a broker, and for tests on such a machine. Services and simulators reach it over TCP with the same
 * MQTT client and protocol as a real broker (Mosquitto in docker-compose.yml and on our machines), so nothing
 * above the socket knows the difference. Retained messages and sessions live in memory and end with it.
 */
export async function startEmbeddedMqttBroker(options: { port?: number; host?: string } = {}): Promise<EmbeddedMqttBroker> {
  const host = options.host ?? '127.0.0.1';
  const broker = await Aedes.createBroker();
  const server = net.createServer(broker.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  let stopping: Promise<void> | undefined;
  return {
    url: `mqtt://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        // Clients reconnect forever; their sockets are cut so close() does not wait for them.
        for (const socket of sockets) socket.destroy();
        broker.close(() => server.close(() => resolve()));
      });
      return stopping;
    },
  };
}

/** Whether something accepts TCP connections at an `mqtt://host:port` URL (a broker to use, or none: embed one). */
export function brokerAnswers(url: string, timeoutMs = 1_000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || 1883) });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}
