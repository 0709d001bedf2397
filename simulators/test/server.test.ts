import { describe, expect, it } from 'vitest';
import { simulatorEnvironment, startSimulators } from '../src/index.ts';

describe('simulator server', () => {
  it('listens on a random loopback port by default and answers /healthz', async () => {
    const server = await startSimulators();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.urlOf('tax-office')).toBe(`${server.url}/tax-office`);
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('answers unknown paths with a JSON 404', async () => {
    const server = await startSimulators();
    try {
      const response = await fetch(`${server.url}/tax-office/nowhere`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'not found' });
    } finally {
      await server.close();
    }
  });

  it('closes despite an open keep-alive connection, and twice without error', async () => {
    const server = await startSimulators();
    await fetch(`${server.url}/healthz`).then((r) => r.text()); // leaves a pooled keep-alive socket
    await server.close();
    await server.close();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('gives the environment that points services at the simulators', async () => {
    const server = await startSimulators();
    try {
      expect(simulatorEnvironment(server)).toMatchObject({
        TAX_OFFICE_URL: `${server.url}/tax-office`,
        AI_PROVIDER_URL: `${server.url}/ai-provider`,
        IMAGE_GENERATOR_URL: `${server.url}/image-generator`,
        LOCAL_TV_URL: `${server.url}/local-tv`,
        RINGO_BIZ_URL: `${server.url}/ringo-biz`,
        KOS_URL: `${server.url}/kos`,
        PAYMENT_GATEWAY_URL: `${server.url}/payment-gateway`,
      });
    } finally {
      await server.close();
    }
  });
});
