import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
export type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

/**
 * A subgraph's answer, already read, in the shape RemoteGraphQLDataSource reads (@apollo/utils.fetcher's
 * FetcherResponse: status, headers, text/json). Built from the text rather than as a WHATWG `Response`,
 * whose body stream and Headers object were measurable CPU on every subgraph request (docs/benchmarks.md,
 * "Gate check-ins").
 */
export function subgraphResponse(url: string, status: number, headers: Record<string, string | string[] | undefined>, text: string): FetcherResponse {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) values.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
  }
  let bodyUsed = false;
  const read = () => {
    bodyUsed = true;
    return text;
  };
  const response: FetcherResponse = {
    url,
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    redirected: false,
    get bodyUsed() {
      return bodyUsed;
    },
    headers: readOnlyHeaders(values),
    text: async () => read(),
    json: async () => JSON.parse(read()) as unknown,
    arrayBuffer: async () => {
      const bytes = Buffer.from(read());
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
    clone: () => subgraphResponse(url, status, Object.fromEntries(values), text),
  };
  return response;
}

/** Headers of an answer already received: reading works, changing them is a programming error. */
function readOnlyHeaders(values: Map<string, string>): FetcherHeaders {
  const refuse = () => {
    throw new TypeError('The headers of a received subgraph answer cannot be changed.');
  };
  return {
    get: (name) => values.get(name.toLowerCase()) ?? null,
    has: (name) => values.has(name.toLowerCase()),
    append: refuse,
    set: refuse,
    delete: refuse,
    entries: () => values.entries(),
    keys: () => values.keys(),
    values: () => values.values(),
    [Symbol.iterator]: () => values.entries(),
  };
}
