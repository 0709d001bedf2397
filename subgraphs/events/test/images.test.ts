import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_FORMATS, EVENT, IMAGES, count, createDraft, firstError, jobReaches, readyEvent } from './support/fixtures.ts';
import { startEventsStack, type EventsStack } from './support/stack.ts';

let stack: EventsStack;
beforeAll(async () => {
  stack = await startEventsStack({ EVENTS_IMAGE_TIMEOUT_MS: '1500' });
});
afterAll(async () => stack?.stop());
beforeEach(() => stack.simulators.reset());

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function generate(token: string, eventId: string, platforms: string[], style = 'SIMPLE') {
  return stack.graphql({ query: IMAGES, variables: { eventId, style, platforms }, token });
}

async function imagesOf(token: string, eventId: string) {
  return (await stack.graphql({ query: EVENT, variables: { id: eventId }, token })).body.data.event.images;
}

describe('SNS posters', () => {
  it.each([
    ['down', { down: true }],
    ['slower than the 20 s timeout (here 1.5 s)', { latencyMs: 4_000 }],
  ])('use the default template when the image service is %s, and are still real PNGs', { timeout: 30_000 }, async (_label, fault) => {
    const { token } = await stack.owner();
    const event = await readyEvent(stack, token);
    stack.simulators.faults.set('image-generator', fault);
    const started = Date.now();
    const job = (await generate(token, event.id, ['INSTAGRAM_STORY'])).body.data.generateEventImages;
    await jobReaches(stack, token, job.id, ['SUCCEEDED'], 20_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    const [image] = await imagesOf(token, event.id);
    expect(image).toMatchObject({ platform: 'INSTAGRAM_STORY', source: 'TEMPLATE', width: 1080, height: 1920 });
    const bytes = Buffer.from(await (await fetch(image.url)).arrayBuffer());
    expect(bytes.subarray(0, 8).equals(PNG)).toBe(true);
    expect(bytes.length).toBe(image.byteSize);
  });

  it('before publication are reached only through their expiring signed link', async () => {
    const { token } = await stack.owner();
    const event = await readyEvent(stack, token);
    const job = (await generate(token, event.id, ['BLOG_BANNER'])).body.data.generateEventImages;
    await jobReaches(stack, token, job.id, ['SUCCEEDED']);
    const [image] = await imagesOf(token, event.id);
    const signed = new URL(image.url);
    expect(signed.searchParams.get('signature')).toBeTruthy();
    expect((await fetch(signed)).status).toBe(200);
    const bare = `${signed.origin}${signed.pathname}`;
    expect((await fetch(bare)).status).toBe(403);
    signed.searchParams.set('signature', 'forged');
    expect((await fetch(signed)).status).toBe(403);
    expect((await fetch(bare.replace(image.id, '00000000-0000-4000-8000-000000000000'))).status).toBe(404);
  });

  it('regenerating replaces a format under a new id; other formats stay', { timeout: 30_000 }, async () => {
    const { token } = await stack.owner();
    const event = await readyEvent(stack, token);
    await jobReaches(stack, token, (await generate(token, event.id, ['KAKAO_FEED', 'BLOG_BANNER'])).body.data.generateEventImages.id, ['SUCCEEDED']);
    const before = await imagesOf(token, event.id);
    await jobReaches(stack, token, (await generate(token, event.id, ['KAKAO_FEED'], 'TRENDY')).body.data.generateEventImages.id, ['SUCCEEDED']);
    const after = await imagesOf(token, event.id);
    expect(after).toHaveLength(2);
    const kakao = (list: any[]) => list.find((i) => i.platform === 'KAKAO_FEED');
    const blog = (list: any[]) => list.find((i) => i.platform === 'BLOG_BANNER');
    expect(kakao(after).id).not.toBe(kakao(before).id);
    expect(kakao(after).style).toBe('TRENDY');
    expect(blog(after).id).toBe(blog(before).id);
    expect(await count(stack, 'event_image', 'event_id = ?', [event.id])).toBe(2);
  });

  it('a double click with the same request returns the same job; a different request meanwhile is INVALID_STATE', async () => {
    const { token } = await stack.owner();
    const event = await readyEvent(stack, token);
    stack.simulators.faults.set('image-generator', { latencyMs: 1_000 });
    const [a, b] = await Promise.all([generate(token, event.id, CHANNEL_FORMATS), generate(token, event.id, [...CHANNEL_FORMATS].reverse())]);
    expect(a.body.data.generateEventImages.id).toBe(b.body.data.generateEventImages.id);
    const other = await generate(token, event.id, ['INSTAGRAM_STORY']);
    expect(firstError(other)).toMatchObject({ code: 'INVALID_STATE', extensions: { jobId: a.body.data.generateEventImages.id } });
    expect(await count(stack, 'job', "event_id = ? and kind = 'IMAGE_GENERATION'", [event.id])).toBe(1);
    await jobReaches(stack, token, a.body.data.generateEventImages.id, ['SUCCEEDED'], 30_000);
  });

  it('are refused for an event without a title, prize and period, and for bad arguments; nothing is queued', async () => {
    const { token } = await stack.owner();
    const draft = await createDraft(stack, token);
    expect(firstError(await generate(token, draft.id, ['BLOG_BANNER']))).toMatchObject({ code: 'INVALID_STATE', extensions: { missing: ['title', 'prize', 'period'] } });
    expect(firstError(await generate(token, draft.id, []))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'platforms' } });
    expect(firstError(await generate(token, draft.id, ['POLAROID']))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(await generate(token, draft.id, ['BLOG_BANNER'], 'GOTHIC'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await count(stack, 'job', 'event_id = ?', [draft.id])).toBe(0);
  });
});
