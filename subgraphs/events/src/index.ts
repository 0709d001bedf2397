import { defineSubgraph } from '@attendgate/platform';
import { entities } from './entities/index.ts';
export default defineSubgraph({
  name: 'events', defaultPort: 4002, schemaFile: new URL('../schema.graphql', import.meta.url), entities,
  migrations: new URL('../migrations', import.meta.url), config: {},
  async setup() { throw new Error('temporary'); },
});
