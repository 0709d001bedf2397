import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { freePort } from '../db/embeddedPostgres.ts';

/** How long a freshly spawned redis-server has to answer PING (it starts in milliseconds when idle). */
const START_DEADLINE_MS = 10_000;
const START_POLL_MS = 25;

export interface PrivateRedisServer {
  /** `redis://127.0.0.1:<port>`, the same across restarts. */
  url: string;
  /** Kills the server (SIGKILL, as a crash or an OOM kill would): every connection drops at once. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (no persistence), and waits until it answers. */
  start(): Promise<void>;
}

/**
 * A redis-server of a test's own, for tests that restart Redis. The shared server (REDIS_URL, 6379) serves
 * every other test file and is never restarted by a test. No persistence (`--save ""`, no AOF): a restart
 * loses every key and every subscription, as a production Redis without persistence does.
 */
export async function startPrivateRedisServer(): Promise<PrivateRedisServer> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const server: PrivateRedisServer = {
    url,
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      running.kill('SIGKILL');
      await once(running, 'exit');
    },
    async start() {
      if (child) throw new Error('the private redis-server is already running');
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      const spawned = child;
      let spawnFailed = false; // no redis-server binary: reported below as "did not answer"
      spawned.once('error', () => {
        spawnFailed = true;
      });
      await answering(url, () => spawnFailed || spawned.exitCode !== null);
    },
  };
  await server.start();
  return server;
}

async function answering(url: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + START_DEADLINE_MS;
  for (;;) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.ping();
      return;
    } catch (error) {
      if (exited() || Date.now() > deadline) throw new Error(`redis-server on ${url} did not answer (is redis-server on PATH?): ${String(error)}`);
    } finally {
      probe.disconnect();
    }
    await new Promise((r) => setTimeout(r, START_POLL_MS));
  }
}
