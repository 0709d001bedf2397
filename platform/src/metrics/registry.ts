/**
 * A small metrics registry rendered in the Prometheus text format (no dependency, no global state: each
 * service owns one registry and exposes it where it chooses).
 *
 * Counters only go up; gauges are read when rendered (a callback), so they are never stale; histograms keep
 * cumulative bucket counts, a sum and a count, which is what Prometheus needs for quantile estimates.
 */
export interface Counter {
  inc(by?: number): void;
  readonly value: number;
}

export interface Histogram {
  observe(value: number): void;
  readonly count: number;
}

interface Metric {
  name: string;
  help: string;
  render(): string[];
}

export class MetricsRegistry {
  readonly #metrics = new Map<string, Metric>();

  counter(name: string, help: string): Counter {
    let value = 0;
    this.#register({ name, help, render: () => [`# TYPE ${name} counter`, `${name} ${value}`] });
    return {
      inc(by = 1) {
        value += by;
      },
      get value() {
        return value;
      },
    };
  }

  gauge(name: string, help: string, read: () => number): void {
    this.#register({ name, help, render: () => [`# TYPE ${name} gauge`, `${name} ${read()}`] });
  }

  /** `buckets` are upper bounds in the histogram's unit (seconds by convention), ascending. */
  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    const counts = buckets.map(() => 0);
    let sum = 0;
    let count = 0;
    this.#register({
      name,
      help,
      render: () => [
        `# TYPE ${name} histogram`,
        ...buckets.map((bound, i) => `${name}_bucket{le="${bound}"} ${counts[i]}`),
        `${name}_bucket{le="+Inf"} ${count}`,
        `${name}_sum ${sum}`,
        `${name}_count ${count}`,
      ],
    });
    return {
      observe(value) {
        for (let i = 0; i < buckets.length; i++) if (value <= buckets[i]!) counts[i]!++;
        sum += value;
        count++;
      },
      get count() {
        return count;
      },
    };
  }

  render(): string {
    const lines: string[] = [];
    for (const metric of this.#metrics.values()) lines.push(`# HELP ${metric.name} ${metric.help}`, ...metric.render());
    return lines.join('\n') + '\n';
  }

  #register(metric: Metric): void {
    if (this.#metrics.has(metric.name)) throw new Error(`metric ${metric.name} is already registered`);
    this.#metrics.set(metric.name, metric);
  }
}
