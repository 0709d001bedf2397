/**
 * The baseline for the gateway-hop benchmark: a stock @apollo/gateway on Apollo Server's standalone server,
 * with none of our front door (no JWT verification, revocation check, rate limit, query limits or error
 * masking) and the default data source (make-fetch-happen).
 *
 * Its one addition is the subgraph request signature, because our subgraphs refuse unsigned requests and
 * there is no switch to let them (there must not be one). It costs two SHA-256 and one HMAC per request, so
 * the baseline is slightly heavier than a truly plain gateway: "ours ≤ plain" is then a conservative claim.
 *
 * Environment: PLAIN_GATEWAY_PORT, SUPERGRAPH_FILE, SUBGRAPH_SIGNING_SECRET.
 */
import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import makeFetchHappen from 'make-fetch-happen';
import { signRequest } from '@attendgate/platform';

const secret = process.env.SUBGRAPH_SIGNING_SECRET!;
/** The fetcher RemoteGraphQLDataSource uses by default (@apollo/gateway 2.14). */
const defaultFetcher = makeFetchHappen.defaults({ maxSockets: Infinity, retry: false });

class SignedDataSource extends RemoteGraphQLDataSource<{ authorization?: string }> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<{ authorization?: string }>['willSendRequest']>>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: fs.readFileSync(process.env.SUPERGRAPH_FILE!, 'utf8'),
  buildService: ({ url }) =>
    new SignedDataSource({
      url,
      fetcher: ((input: string, init?: { headers?: Record<string, string>; body?: string }) => {
        const headers = init?.headers ?? {};
        return defaultFetcher(input, { ...init, headers: { ...headers, ...signRequest(secret, init?.body ?? '', headers.authorization) } });
      }) as never,
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PLAIN_GATEWAY_PORT), host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
process.stdout.write(`plain gateway at ${url}\n`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
