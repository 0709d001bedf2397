import { allow, defineSubgraph, federationQueryRules, type RequestContext } from '@attendgate/platform';

/** Titles the tests give events; any other id answers a generated title. */
export const stubEvents = new Map<string, { title: string; status: string }>();

const eventOf = (id: string) => ({ id, ...(stubEvents.get(id) ?? { title: `Event ${id.slice(0, 8)}`, status: 'PUBLISHED' }) });

/**
 * A test-only `events` subgraph owning `Event { id title status }`, so tests prove that analytics' payloads
 * (queries and the live subscription) resolve Event fields from another subgraph through the gateway, without
 * importing the real events subgraph (subgraphs never import each other).
 */
export const eventsStub = defineSubgraph({
  name: 'events',
  defaultPort: 0,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  entities: [],
  migrations: new URL('.', import.meta.url),
  config: {},
  async setup() {
    return {
      resolvers: {
        Query: { stubEvent: (_: unknown, args: { id: string }) => eventOf(args.id) },
        Event: { __resolveReference: (reference: { id: string }) => eventOf(reference.id) },
      },
      permissions: { Query: { ...federationQueryRules, stubEvent: allow }, Event: allow },
      context: (base: RequestContext) => base,
    };
  },
});
