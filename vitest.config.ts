import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build while the Apollo packages load its CJS build, and graphql
    // refuses to mix the two ("Cannot use GraphQLSchema from another module or realm"). One file for all.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['**/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '.data/**', '.probe/**'],
    globalSetup: ['platform/src/testing/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
