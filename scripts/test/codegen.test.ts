import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@attendgate/platform';
import config from '../../codegen.ts';

describe('graphql-codegen output', () => {
  it('is current for every subgraph and for the client operations (run npm run codegen when this fails)', { timeout: 60_000 }, async () => {
    const cwd = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
      const names = outputs.map((o) => path.relative(REPO_ROOT, path.resolve(REPO_ROOT, o.filename)));
      expect(names).toEqual(expect.arrayContaining(['subgraphs/users/src/generated/resolvers.ts', 'schema/generated/client/graphql.ts']));
      for (const output of outputs) {
        const file = path.resolve(REPO_ROOT, output.filename);
        expect(fs.existsSync(file), `${output.filename} missing`).toBe(true);
        expect(fs.readFileSync(file, 'utf8'), `${output.filename} is stale`).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
