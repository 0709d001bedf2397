import { ApolloClient, gql, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../../src/testing/index.ts';
import { gatewayClient, metric, publishReading, startFederationStack, until } from './support.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startFederationStack();
});
afterAll(() => stack?.stop());

const WATCH = gql`
  subscription Watch($sensor: ID!) {
    readingAdded(sensorId: $sensor) { value sensor { name site { city } } }
  }
`;
const SENSOR = gql`
  query Sensor($id: ID!) {
    sensor(id: $id) { name site { name } }
  }
`;

describe('Apollo Client with GraphQLWsLink', () => {
  it('subscribes through the gateway and runs queries over the same socket', async () => {
    const token = await stack.issueAccessToken({ userId: 'apollo', role: 'CUSTOMER' });
    // Every operation goes over the socket: the link has no HTTP fallback.
    const socket = gatewayClient(stack, token);
    const client = new ApolloClient({ link: new GraphQLWsLink(socket), cache: new InMemoryCache() });
    try {
      const received: unknown[] = [];
      const failures: unknown[] = [];
      const subscription = client.subscribe({ query: WATCH, variables: { sensor: 'apollo' } }).subscribe({
        next: (result) => void (result.error ? failures.push(result.error) : received.push(result.data)),
        error: (error) => void failures.push(error),
      });
      await until(async () => (await metric(stack, 'ag_gateway_upstream_subscriptions_active')) === 1);
      await until(async () => {
        await publishReading(stack, 'apollo', 3);
        await new Promise((r) => setTimeout(r, 50));
        return received.length > 0;
      });
      expect(failures).toEqual([]);
      // Apollo Client adds __typename to every selection; the gateway resolves it like any field.
      expect(received[0]).toEqual({
        readingAdded: { __typename: 'Reading', value: 3, sensor: { __typename: 'Sensor', name: 'Sensor apollo', site: { __typename: 'Site', city: 'Seoul' } } },
      });

      const overSocket = await client.query({ query: SENSOR, variables: { id: 'apollo' }, fetchPolicy: 'network-only' });
      expect(overSocket.error).toBeUndefined();
      expect(overSocket.data).toEqual({ sensor: { __typename: 'Sensor', name: 'Sensor apollo', site: { __typename: 'Site', name: 'Site site-of-apollo' } } });
      subscription.unsubscribe();
      await until(async () => (await metric(stack, 'ag_gateway_subscriptions_active')) === 0);
    } finally {
      client.stop();
      await socket.dispose();
    }
  });
});
