/**
 * Every circuit breaker in the process, so /readyz can report them. A breaker that is open does not make a
 * service unready (it is degraded, not dead); the detail is there for operators and dashboards.
 */
const breakers = new Map<string, () => string>();

export function registerBreaker(name: string, state: () => string): void {
  breakers.set(name, state);
}

/** Forgets a breaker whose system is gone (an integration that was removed), so /readyz stays bounded. */
export function unregisterBreaker(name: string): void {
  breakers.delete(name);
}

export function breakerStates(): Record<string, string> {
  return Object.fromEntries([...breakers].map(([name, state]) => [name, state()]));
}
