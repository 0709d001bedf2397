import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../config/paths.ts';
import type { SubgraphDefinition } from './defineSubgraph.ts';

export interface SubgraphPackage {
  name: string;
  directory: string;
  schemaFile: string;
  entry: string;
}

/**
 * The subgraphs of this repository: every `subgraphs/<name>/` with a `schema.graphql` and `src/index.ts`.
 * The launcher, composition, migrations, codegen and the test harness all find subgraphs here, so a new
 * subgraph is picked up everywhere by existing.
 */
export function subgraphPackages(root = REPO_ROOT): SubgraphPackage[] {
  const base = path.join(root, 'subgraphs');
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const directory = path.join(base, entry.name);
      return { name: entry.name, directory, schemaFile: path.join(directory, 'schema.graphql'), entry: path.join(directory, 'src', 'index.ts') };
    })
    .filter((pkg) => fs.existsSync(pkg.schemaFile) && fs.existsSync(pkg.entry))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Loads every subgraph's definition (the default export of its `src/index.ts`), ordered by port. */
export async function discoverSubgraphs(root = REPO_ROOT): Promise<SubgraphDefinition<any, any>[]> {
  const definitions = await Promise.all(
    subgraphPackages(root).map(async (pkg) => {
      const module = (await import(pathToFileURL(pkg.entry).href)) as { default?: SubgraphDefinition<any, any> };
      if (!module.default?.name) throw new Error(`${pkg.entry} must export its subgraph definition as default`);
      return module.default;
    }),
  );
  return definitions.sort((a, b) => a.defaultPort - b.defaultPort);
}
