/** Percentile of a sample (nearest-rank); the sample need not be sorted. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Per target, the median over its rounds of every measured figure, and the sum of its errors: how every
 * benchmark turns alternating rounds into one row per target.
 */
export function summariseRounds<Target extends string, Round extends { target: Target; errors: number }>(
  rounds: readonly Round[],
  targets: readonly Target[],
): Record<Target, Omit<Round, 'target'>> {
  return Object.fromEntries(targets.map((target) => {
    const mine = rounds.filter((entry) => entry.target === target);
    const figures = Object.keys(mine[0] ?? {}).filter((key) => key !== 'target' && key !== 'errors');
    return [target, {
      ...Object.fromEntries(figures.map((key) => [key, median(mine.map((entry) => entry[key as keyof Round] as number))])),
      errors: mine.reduce((sum, entry) => sum + entry.errors, 0),
    }];
  })) as Record<Target, Omit<Round, 'target'>>;
}
