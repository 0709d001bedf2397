/** Pearson's chi-square statistic of observed counts against expected counts (same keys). */
export function chiSquare(observed: ReadonlyMap<string, number>, expected: ReadonlyMap<string, number>): number {
  let statistic = 0;
  for (const [key, want] of expected) {
    const got = observed.get(key) ?? 0;
    statistic += (got - want) ** 2 / want;
  }
  for (const key of observed.keys()) if (!expected.has(key)) return Number.POSITIVE_INFINITY;
  return statistic;
}

/**
 * Upper critical values of the chi-square distribution at p = 0.001 (standard tables), by degrees of
 * freedom. The draws use fixed seeds, so the tests are deterministic; the tight p keeps them meaningful.
 */
export const CHI_SQUARE_CRITICAL_P001: Record<number, number> = { 1: 10.828, 3: 16.266, 5: 20.515, 23: 49.728 };

export function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
