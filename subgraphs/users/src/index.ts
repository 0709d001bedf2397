import { defineSubgraph } from '@attendgate/platform';
import { usersConfigShape, type UsersConfig } from './config.ts';
import { createContext, type UsersContext } from './context.ts';
import { entities } from './entities/index.ts';
import { verifyBusinessNumberJob } from './jobs/verifyBusinessNumber.ts';
import { permissions } from './permissions.ts';
import { resolvers } from './resolvers/index.ts';
import { createUsersServices } from './services/index.ts';

/**
 * The users subgraph: accounts and roles, shop owners' stores with business-number verification against the
 * tax office, login with lockout, rotating refresh tokens and logout. It alone holds the key that signs
 * access tokens. Default port 4001.
 */
export default defineSubgraph({
  name: 'users',
  defaultPort: 4001,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  entities,
  migrations: new URL('../migrations', import.meta.url),
  config: usersConfigShape,
  async setup(runtime) {
    const services = await createUsersServices(runtime as typeof runtime & { config: UsersConfig });
    await runtime.queue.define(verifyBusinessNumberJob({ orm: runtime.orm, services, config: runtime.config }));
    return {
      resolvers,
      permissions,
      context: (base): UsersContext => createContext(base, services),
      seedDemo: () => services.seedDemo(runtime.orm.em.fork()),
    };
  },
});
