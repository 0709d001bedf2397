import { describe, expect, it } from 'vitest';
import { signedSubgraphRequest, startTestStack } from '../src/testing/index.ts';
import { gadgetsSubgraph } from './fixtures/gadgets/gadgetsSubgraph.ts';

describe('test stack', () => {
  it('starts simulators when asked, points services at them, and stop() closes everything', async () => {
    const stack = await startTestStack({ subgraphs: [gadgetsSubgraph], simulators: true, env: { GATEWAY_MAX_DEPTH: '3' } });
    let stopped = false;
    try {
      const simulators = stack.simulators!;
      expect(stack.env.TAX_OFFICE_URL).toBe(simulators.urlOf('tax-office'));
      expect((await fetch(`${simulators.url}/healthz`)).status).toBe(200);
      // Caller-supplied variables reach the services.
      expect(stack.gateway.runtime.config.GATEWAY_MAX_DEPTH).toBe(3);
      expect((await stack.graphql({ query: '{ gadget(id: "1") { id } }' })).body.data).toEqual({ gadget: { id: '1' } });
      const direct = await signedSubgraphRequest(stack.subgraphs.gadgets!.url, stack.env.SUBGRAPH_SIGNING_SECRET!, { query: '{ gadget(id: "2") { name } }' });
      expect(direct.body.data).toEqual({ gadget: { name: 'gadget 2' } });

      await stack.stop();
      stopped = true;
      await expect(fetch(stack.gatewayUrl, { method: 'POST', body: '{}' })).rejects.toThrow();
      await expect(fetch(stack.subgraphs.gadgets!.url, { method: 'POST', body: '{}' })).rejects.toThrow();
      await expect(fetch(`${simulators.url}/healthz`)).rejects.toThrow();
      await stack.stop(); // a second stop is harmless
    } finally {
      if (!stopped) await stack.stop();
    }
  });
});
