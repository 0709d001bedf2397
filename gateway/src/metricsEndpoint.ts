import type { Express } from 'express';
import { constantTimeEqual, type MetricsRegistry } from '@attendgate/platform';

/**
 * `/metrics` in the Prometheus text format. Outside production it is open; in production it answers only
 * with `Authorization: Bearer <GATEWAY_METRICS_TOKEN>`, and is absent when no token is configured, so
 * operational detail never leaks to clients by default.
 */
export function mountMetrics(app: Express, registry: MetricsRegistry, options: { token: string | undefined; production: boolean }): void {
  if (options.production && !options.token) return;
  app.get('/metrics', (req, res) => {
    if (options.token && !constantTimeEqual(req.header('authorization') ?? '', `Bearer ${options.token}`)) {
      res.status(401).set('www-authenticate', 'Bearer').end();
      return;
    }
    res.type('text/plain; version=0.0.4').send(registry.render());
  });
}
