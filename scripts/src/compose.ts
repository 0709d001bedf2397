/**
 * `npm run compose`: composes every subgraph's schema.graphql into schema/supergraph.graphql (what the gateway
 * loads) and schema/api-schema.graphql (what clients and client codegen see).
 * `npm run compose -- --check`: writes nothing; fails when composition fails or the committed files are stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@attendgate/platform';
import { composeRepository, compositionFiles } from './composition.ts';

const check = process.argv.includes('--check');
try {
  const composition = await composeRepository();
  for (const hint of composition.hints) console.warn(`hint: ${hint}`);
  let stale = false;
  for (const [file, content] of Object.entries(compositionFiles(composition))) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const name = path.relative(REPO_ROOT, file);
    if (current === content) {
      console.log(`${name}: up to date`);
    } else if (check) {
      console.error(`${name}: stale; run \`npm run compose\` and commit the result`);
      stale = true;
    } else {
      fs.writeFileSync(file, content);
      console.log(`${name}: written`);
    }
  }
  process.exitCode = stale ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
