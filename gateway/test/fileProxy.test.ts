import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '@attendgate/platform';
import { startTestStack, type TestStack } from '../src/testing/index.ts';
import { BIG_FILE_CHUNKS, bigChunk, gadgetsSubgraph } from './fixtures/gadgets/gadgetsSubgraph.ts';

let stack: TestStack;
let filesUrl: string;

beforeAll(async () => {
  stack = await startTestStack({ subgraphs: [gadgetsSubgraph] });
  filesUrl = stack.gatewayUrl.replace('/graphql', '/files/gadgets');
});
afterAll(() => stack?.stop());

async function reportLink(ttlMs: number): Promise<string> {
  const { body } = await stack.graphql<{ reportLink: string }>({ query: `{ reportLink(ttlMs: ${ttlMs}) }` });
  return body.data!.reportLink;
}

describe('files through the gateway', () => {
  it("serves a subgraph's file at the gateway's origin, passing content headers and nothing internal", async () => {
    const response = await fetch(`${filesUrl}/hello.txt`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('hello from gadgets');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-internal-host')).toBeNull();
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it("forwards the verified caller and the client's address to the subgraph's route", async () => {
    const token = await stack.issueAccessToken({ userId: 'file-user', role: 'OWNER' });
    const signedIn = await (await fetch(`${filesUrl}/whoami`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(signedIn).toMatchObject({ userId: 'file-user' });
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1']).toContain((signedIn as { clientAddress: string }).clientAddress);
    expect(await (await fetch(`${filesUrl}/whoami`)).json()).toMatchObject({ userId: null });
  });

  it('refuses a bad token at the door with 401, as for GraphQL', async () => {
    const response = await fetch(`${filesUrl}/whoami`, { headers: { authorization: 'Bearer not-a-token' } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('opens a signed link until it expires, and never a forged, altered or expired one', async () => {
    const link = await reportLink(60_000);
    expect(link.startsWith(`${stack.env.PUBLIC_URL}/files/gadgets/reports/gadgets.csv?`)).toBe(true);
    const ok = await fetch(link);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toBe('attachment; filename="gadgets.csv"');
    expect(await ok.text()).toBe('id,name\n1,gadget 1\n');

    const url = new URL(link);
    const forged = new URL(link);
    forged.searchParams.set('signature', 'A'.repeat(43));
    const extended = new URL(link);
    extended.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3_600_000));
    const unsigned = `${url.origin}${url.pathname}`;
    for (const attempt of [forged.href, extended.href, unsigned]) expect((await fetch(attempt)).status).toBe(403);

    const shortLived = await reportLink(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await fetch(shortLived)).status).toBe(403);
  });

  it('streams a large file whole', async () => {
    const response = await fetch(`${filesUrl}/big.bin`);
    const received = Buffer.from(await response.arrayBuffer());
    const expected = createHash('sha256');
    for (let n = 1; n <= BIG_FILE_CHUNKS; n++) expected.update(bigChunk(n));
    expect(received.length).toBe(BIG_FILE_CHUNKS * 64 * 1024);
    expect(createHash('sha256').update(received).digest('hex')).toBe(expected.digest('hex'));
  });

  it('answers 404 for an unknown subgraph or file', async () => {
    expect((await fetch(stack.gatewayUrl.replace('/graphql', '/files/nowhere/x.txt'))).status).toBe(404);
    const missing = await fetch(`${filesUrl}/missing.txt`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
  });

  it("is the only way in: the subgraph's /files refuses requests the gateway did not sign", async () => {
    const subgraphFiles = stack.subgraphs.gadgets!.url.replace('/graphql', '/files');
    expect((await fetch(`${subgraphFiles}/hello.txt`)).status).toBe(401);
    // A signature for another target does not open this one.
    const headers = signRequest(stack.env.SUBGRAPH_SIGNING_SECRET!, 'GET /files/whoami', undefined);
    expect((await fetch(`${subgraphFiles}/hello.txt`, { headers })).status).toBe(401);
    const right = signRequest(stack.env.SUBGRAPH_SIGNING_SECRET!, 'GET /files/hello.txt', undefined);
    expect((await fetch(`${subgraphFiles}/hello.txt`, { headers: right })).status).toBe(200);
  });

  it('answers UPSTREAM_UNAVAILABLE without the subgraph address when the subgraph is down', async () => {
    const lonely = await startTestStack({ subgraphs: [gadgetsSubgraph] });
    try {
      await lonely.subgraphs.gadgets!.stop();
      const response = await fetch(lonely.gatewayUrl.replace('/graphql', '/files/gadgets/hello.txt'));
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(text).not.toContain('127.0.0.1');
    } finally {
      await lonely.stop();
    }
  });
});
