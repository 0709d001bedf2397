export { MetricsRegistry, type Counter, type Histogram } from './registry.ts';
