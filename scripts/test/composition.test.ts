import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, CompositionError } from '@attendgate/platform';
import { composeRepository, compositionFiles } from '../src/composition.ts';

describe('supergraph composition', () => {
  it('composes every subgraph, and the committed supergraph and API schema are current', async () => {
    const files = compositionFiles(await composeRepository());
    for (const [file, content] of Object.entries(files)) {
      expect(fs.existsSync(file), `${file} is missing: run npm run compose`).toBe(true);
      expect(fs.readFileSync(file, 'utf8'), `${file} is stale: run npm run compose`).toBe(content);
    }
  });

  it('reports composition errors by name instead of producing a supergraph', () => {
    const a = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Query { thing: Thing }\ntype Thing @key(fields: "id") { id: ID! size: Int }';
    const b = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Query { other: Thing }\ntype Thing @key(fields: "id") { id: ID! size: String }';
    expect(() => composeSupergraph([{ name: 'a', url: 'http://a', typeDefs: a }, { name: 'b', url: 'http://b', typeDefs: b }])).toThrowError(CompositionError);
  });
});
