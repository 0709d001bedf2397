/**
 * Where a graphql-ws client puts its token in `connection_init`: `{ authorization: "Bearer …" }` is ours;
 * Apollo Sandbox and many clients send `{ Authorization: … }` or `{ headers: { Authorization: … } }`; a bare
 * token is taken as a Bearer token.
 */
export function authorizationFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!params) return undefined;
  const headers = typeof params.headers === 'object' && params.headers ? (params.headers as Record<string, unknown>) : {};
  for (const source of [params, headers]) {
    for (const [key, value] of Object.entries(source)) {
      if (key.toLowerCase() === 'authorization' && typeof value === 'string' && value.trim()) {
        return /^bearer\s/i.test(value.trim()) ? value.trim() : `Bearer ${value.trim()}`;
      }
    }
  }
  return undefined;
}

/** Longest delay setTimeout accepts; later expiries are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Calls `onExpiry` when a token expires; returns the cancel. */
export function whenExpired(expiresAt: Date, onExpiry: () => void): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = expiresAt.getTime() - Date.now();
    timer = setTimeout(left > MAX_TIMER_MS ? arm : onExpiry, Math.max(0, Math.min(left, MAX_TIMER_MS)));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
