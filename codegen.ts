/**
 * `npm run codegen`: resolver types for every subgraph and typed documents for client operations.
 *
 * Subgraphs are found by folder (subgraphs/<name>/schema.graphql); each names its context type and its
 * entity mappers in its package.json under "codegen", so adding a subgraph never edits this file.
 * Output goes to subgraphs/<name>/src/generated/ and schema/generated/client/ (never edited by hand).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

interface SubgraphCodegen {
  /** `../context.ts#UsersContext`: the resolver context type, relative to the generated file. */
  contextType: string;
  /** GraphQL type name → entity class (`../entities/User.ts#User`), what resolvers receive as parent. */
  mappers?: Record<string, string>;
}

const root = path.dirname(new URL(import.meta.url).pathname);
const subgraphsDir = path.join(root, 'subgraphs');

const subgraphs = fs
  .readdirSync(subgraphsDir)
  .filter((name) => fs.existsSync(path.join(subgraphsDir, name, 'schema.graphql')))
  .sort();

const generates: CodegenConfig['generates'] = {};
for (const name of subgraphs) {
  const pkg = JSON.parse(fs.readFileSync(path.join(subgraphsDir, name, 'package.json'), 'utf8')) as { codegen?: SubgraphCodegen };
  if (!pkg.codegen?.contextType) throw new Error(`subgraphs/${name}/package.json needs "codegen": { "contextType": ... }`);
  generates[`subgraphs/${name}/src/generated/resolvers.ts`] = {
    schema: `subgraphs/${name}/schema.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      useTypeImports: true,
      importExtension: '.ts',
      enumsAsTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      contextType: pkg.codegen.contextType,
      mappers: pkg.codegen.mappers ?? {},
      scalars: { DateTime: { input: 'Date | string', output: 'Date | string' }, Krw: { input: 'number', output: 'number' } },
    },
  };
}

if (fs.existsSync(path.join(root, 'schema', 'api-schema.graphql'))) {
  generates['schema/generated/client/'] = {
    schema: 'schema/api-schema.graphql',
    documents: ['schema/operations/**/*.graphql'],
    preset: 'client',
    presetConfig: { fragmentMasking: false },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      importExtension: '.ts',
      scalars: { DateTime: 'string', Krw: 'number' },
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates,
  hooks: {},
  ignoreNoDocuments: true,
};

export default config;
