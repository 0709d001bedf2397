import { allow, defineSubgraph, federationQueryRules, type RequestContext } from '@attendgate/platform';

/**
 * A test-only events subgraph: owns `Event` (id, title) and answers `event(id)` for any id, so that tests
 * reach the fields participation adds to Event through the gateway exactly as clients will once the real
 * events subgraph is composed in. No tables, no rules beyond "anyone may ask".
 */
export const eventsStub = defineSubgraph({
  name: 'events',
  defaultPort: 0,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  entities: [],
  migrations: new URL('.', import.meta.url),
  config: {},
  async setup() {
    const event = (id: string) => ({ id, title: `event ${id.slice(0, 8)}` });
    return {
      resolvers: {
        Query: { event: (_: unknown, args: { id: string }) => event(args.id) },
        Event: { __resolveReference: (reference: { id: string }) => event(reference.id) },
      },
      permissions: { Query: { ...federationQueryRules, event: allow }, Event: allow, _Service: allow },
      context: (base: RequestContext) => base,
    };
  },
});
