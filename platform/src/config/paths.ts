import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, found from this file's place so that it does not depend on the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Resolves a DATA_DIR setting: relative paths are taken from the repository root. */
export function dataDir(setting: string): string {
  return path.isAbsolute(setting) ? setting : path.join(REPO_ROOT, setting);
}
