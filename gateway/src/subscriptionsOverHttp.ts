import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Answers a subscription sent as an HTTP request with a clear 400 instead of a 500: @apollo/gateway plans
 * subscriptions but throws "Execution of subscriptions not supported by gateway" when asked to run one.
 * Subscriptions belong on the graphql-ws endpoint at the same URL.
 */
export function subscriptionsOverHttpRefused(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at this URL, not over HTTP.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        },
      };
    },
  };
}
