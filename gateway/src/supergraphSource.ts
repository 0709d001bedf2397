import fs from 'node:fs';
import path from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@attendgate/platform';

/** Editors and `npm run compose` write files in bursts (truncate, write, rename); wait for the last event. */
const RELOAD_DEBOUNCE_MS = 100;

/**
 * The gateway's supergraph from a file, optionally reloaded when the file changes (development: rerun
 * `npm run compose` and the running gateway picks up the new schema).
 *
 * The directory is watched rather than the file, because tools replace files by renaming, which ends a
 * watch on the old inode. A reload that fails (a half-written or invalid supergraph) is logged and the
 * gateway keeps serving the schema it has.
 */
export function supergraphFromFile(file: string, options: { watch: boolean; logger: Logger }): SupergraphSdlHook {
  const { logger } = options;
  return async ({ update }) => {
    const initial = readSupergraph(file);
    if (!options.watch) return { supergraphSdl: initial };

    let current = initial;
    let timer: NodeJS.Timeout | undefined;
    const reload = () => {
      let next: string;
      try {
        next = readSupergraph(file);
      } catch (error) {
        logger.warn({ err: error, file }, 'supergraph file unreadable; keeping the current schema');
        return;
      }
      if (next === current) return;
      try {
        update(next);
        current = next;
        logger.info({ file }, 'supergraph reloaded');
      } catch (error) {
        logger.error({ err: error, file }, 'supergraph reload failed; keeping the current schema');
      }
    };
    const watcher = fs.watch(path.dirname(file), (_event, name) => {
      if (name !== null && name !== path.basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(reload, RELOAD_DEBOUNCE_MS);
    });
    watcher.on('error', (error) => logger.error({ err: error, file }, 'watching the supergraph file failed'));
    return {
      supergraphSdl: initial,
      async cleanup() {
        clearTimeout(timer);
        watcher.close();
      },
    };
  };
}

function readSupergraph(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`Supergraph file ${file} does not exist; run \`npm run compose\` or set SUPERGRAPH_FILE.`);
    }
    throw error;
  }
}
