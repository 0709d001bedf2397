import { Agent, request } from 'undici';

export interface LoadResult {
  requests: number;
  errors: number;
  latenciesMs: number[];
  wallMs: number;
  /** The parsed answers of the successful requests, when `keepAnswers` asked for them. */
  answers: unknown[];
}

/**
 * Sends `requests` POSTs with `concurrency` in flight over keep-alive connections and records each latency.
 * A response that is not HTTP 200 with data and no errors counts as an error (unless `succeeded` says what
 * success looks like, for a baseline that is a refusal), so a broken target cannot look fast.
 */
export async function runLoad(options: {
  url: string;
  headers: (index: number) => Record<string, string>;
  /** The request body, or the body of the index-th request (each check-in presents its own pass). */
  body: string | ((index: number) => string);
  requests: number;
  concurrency: number;
  succeeded?: (status: number, json: { data?: unknown; errors?: unknown[] }) => boolean;
  keepAnswers?: boolean;
}): Promise<LoadResult> {
  const succeeded = options.succeeded ?? ((status, json) => status === 200 && Boolean(json.data) && !json.errors);
  const answers: unknown[] = [];
  const dispatcher = new Agent({ connections: options.concurrency, keepAliveTimeout: 10_000 });
  const latenciesMs: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < options.requests) {
      const index = next++;
      const t0 = performance.now();
      try {
        // undici's `request`, not its `fetch`: the load generator shares the machine's two cores with what it
        // measures, and fetch's WHATWG streams cost about twice the CPU per request.
        const response = await request(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...options.headers(index) },
          body: typeof options.body === 'string' ? options.body : options.body(index),
          dispatcher,
        });
        const json = (await response.body.json()) as { data?: unknown; errors?: unknown[] };
        if (!succeeded(response.statusCode, json)) errors++;
        else if (options.keepAnswers) answers.push(json.data);
      } catch {
        errors++;
      }
      latenciesMs.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const wallMs = performance.now() - started;
  await dispatcher.close();
  return { requests: options.requests, errors, latenciesMs, wallMs, answers };
}
