/** A GraphQL answer as tests look at it: HTTP status and headers, and the parsed body. */
export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }>;
  };
}

/** Reads a response that should be GraphQL JSON; anything else fails the test with what came back. */
export async function readGraphQLResponse<T>(response: Response): Promise<GraphQLResponse<T>> {
  const text = await response.text();
  try {
    return { status: response.status, headers: response.headers, body: JSON.parse(text) as GraphQLResponse<T>['body'] };
  } catch {
    throw new Error(`Expected a JSON GraphQL response, got HTTP ${response.status}: ${text.slice(0, 500)}`);
  }
}

/** The first error of an answer: its code, the rest of its extensions and its message (what tests assert on). */
export function firstErrorOf(response: { body: { errors?: ReadonlyArray<{ message: string; extensions?: Record<string, any> }> } }) {
  const error = response.body.errors?.[0];
  return { code: error?.extensions?.code as string | undefined, extensions: error?.extensions ?? {}, message: error?.message };
}
