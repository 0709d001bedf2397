import { allow, defineSubgraph, federationQueryRules, type RequestContext } from '@attendgate/platform';

/** Titles the tests give events; any other id answers a generated title. */
export const stubEvents = new Map<string, { title: string; status: string }>();
/** Entity fetches answered, to prove the gateway asked this subgraph. */
export const stubState = { references: 0 };

const eventOf = (id: string) => ({ id, ...(stubEvents.get(id) ?? { title: `Event ${id.slice(0, 8)}`, status: 'PUBLISHED' }) });

/**
 * A test-only `events` subgraph owning `Event { id title status }`, so a subgraph's tests prove that its
 * payloads (queries and live subscriptions) resolve Event fields from another subgraph through the gateway,
 * without importing the real events subgraph (subgraphs never import each other). Tests set titles in
 * `stubEvents`; `stubState.references` counts the entity fetches the gateway made.
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
        Query: { event: (_: unknown, args: { id: string }) => eventOf(args.id) },
        Event: {
          __resolveReference: (reference: { id: string }) => {
            stubState.references++;
            return eventOf(reference.id);
          },
        },
      },
      permissions: { Query: { ...federationQueryRules, event: allow }, Event: allow },
      context: (base: RequestContext) => base,
    };
  },
});
