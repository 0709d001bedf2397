import { signRequest } from '@attendgate/platform';
import { readGraphQLResponse, type GraphQLResponse } from './graphqlResponse.ts';

/**
 * Sends one request straight to a subgraph, signed the way the gateway signs it, for tests that check a
 * subgraph's own behaviour (its door, `_entities`). `body` is a GraphQL request object or the exact JSON text
 * to send (to test what happens when the bytes differ from what was signed, sign one and send another).
 */
export async function signedSubgraphRequest<T = unknown>(
  url: string,
  secret: string,
  body: object | string,
  authorization?: string,
): Promise<GraphQLResponse<T>> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signRequest(secret, text, authorization) };
  if (authorization) headers.authorization = authorization;
  return readGraphQLResponse<T>(await fetch(url, { method: 'POST', headers, body: text }));
}
