/** The slice of make-fetch-happen (the fetcher @apollo/gateway uses by default) that the plain baseline needs. */
declare module 'make-fetch-happen' {
  type Fetch = (input: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<unknown>;
  const makeFetchHappen: { defaults(options: { maxSockets?: number; retry?: boolean }): Fetch };
  export default makeFetchHappen;
}
