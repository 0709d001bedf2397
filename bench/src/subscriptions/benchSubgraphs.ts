import { allow, defineSubgraph, federationQueryRules, type RequestContext } from '@attendgate/platform';
import { tickTopic, venueName, type TickEvent } from './tick.ts';

/** Owns `Subscription.ticks`: every tick published on the event bus (Redis), like a real subgraph's stream. */
export const tickerSubgraph = defineSubgraph({
  name: 'ticker',
  defaultPort: 0,
  schemaFile: new URL('./ticker.graphql', import.meta.url),
  entities: [],
  migrations: new URL('.', import.meta.url),
  config: {},
  async setup(runtime) {
    return {
      resolvers: {
        Query: { tickerAlive: () => true },
        Subscription: {
          ticks: {
            subscribe: (_: unknown, args: { channel: string }) => runtime.bus.subscribe<TickEvent>(tickTopic(args.channel)),
            resolve: (event: TickEvent) => event,
          },
        },
        Tick: { venue: (event: TickEvent) => ({ __typename: 'Venue', id: event.venueId }) },
      },
      permissions: { Query: { ...federationQueryRules, tickerAlive: allow }, Subscription: { ticks: allow }, Tick: allow, Venue: allow },
      context: (base: RequestContext) => base,
    };
  },
});

/** Owns Venue: the entity fetch the gateway makes once per event for everyone sharing it. */
export const venuesSubgraph = defineSubgraph({
  name: 'venues',
  defaultPort: 0,
  schemaFile: new URL('./venues.graphql', import.meta.url),
  entities: [],
  migrations: new URL('.', import.meta.url),
  config: {},
  async setup() {
    const venue = (id: string) => ({ id, name: venueName(id) });
    return {
      resolvers: {
        Query: { venue: (_: unknown, args: { id: string }) => venue(args.id) },
        Venue: { __resolveReference: (ref: { id: string }) => venue(ref.id) },
      },
      permissions: { Query: { ...federationQueryRules, venue: allow }, Venue: allow },
      context: (base: RequestContext) => base,
    };
  },
});

export const BENCH_SUBGRAPHS = { ticker: tickerSubgraph, venues: venuesSubgraph };
