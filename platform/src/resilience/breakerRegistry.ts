/**
 * Every circuit breaker in the process, so /readyz can report them. A breaker that is open does not make a
 * service unready (it is degraded, not dead); the detail is there for operators and dashboards.
 */
const breakers = new Map<string, () => string>();

export function registerBreaker(name: string, state: () => string): void {
  breakers.set(name, state);
}

export function breakerStates(): Record<string, string> {
  return Object.fromEntries([...breakers].map(([name, state]) => [name, state()]));
}
