import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { discoverSubgraphs, envPrefix, REPO_ROOT } from '@attendgate/platform';

interface Service {
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  environment?: Record<string, string>;
  build?: string;
  image?: string;
}

// `docker compose config` needs a Docker client that these machines lack; this checks what it would, and
// what matters to us: every subgraph has a service wired to the gateway.
const compose = parse(fs.readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };

describe('docker-compose.yml', () => {
  it('runs every subgraph as a health-checked service after migrations, routed by the gateway', async () => {
    const gateway = compose.services.gateway!;
    for (const { name, defaultPort } of await discoverSubgraphs()) {
      const service = compose.services[name];
      expect(service, `no service for subgraph ${name}`).toBeDefined();
      expect(service!.command).toEqual(['node', `subgraphs/${name}/src/main.ts`]);
      expect(service!.healthcheck?.test.join(' ')).toContain('/readyz');
      expect(service!.depends_on?.migrate?.condition).toBe('service_completed_successfully');
      expect(gateway.environment?.[`${envPrefix(name)}_URL`]).toBe(`http://${name}:${defaultPort}/graphql`);
      expect(gateway.depends_on?.[name]?.condition).toBe('service_healthy');
    }
  });

  it('only depends on services it defines, and every command exists in the repository', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(compose.services[dependency], `${name} → ${dependency}`).toBeDefined();
      const script = service.command?.[1];
      if (service.command?.[0] === 'node' && script) expect(fs.existsSync(path.join(REPO_ROOT, script)), script).toBe(true);
    }
  });
});
