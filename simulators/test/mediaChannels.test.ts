import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${current().url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const campaign = { storeName: '카페', region: '서울', title: '이벤트', message: '경품', imageUrl: 'https://img.example/p.png', startDate: '2026-12-05', endDate: '2026-12-18' };

describe('media channel stand-ins', () => {
  it('우리동네TV schedules a campaign priced per day, and a repeated idempotency key replays the first answer', async () => {
    const first = await post('/local-tv/v1/campaigns', campaign, { 'x-api-key': 'k', 'idempotency-key': 'event-1:LOCAL_TV' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'SCHEDULED', price: { amount: 140_000, currency: 'KRW' } });
    const again = await post('/local-tv/v1/campaigns', campaign, { 'x-api-key': 'k', 'idempotency-key': 'event-1:LOCAL_TV' });
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(current().localTv.list()).toHaveLength(1);
  });

  it('each channel checks its own credentials and answers errors in its own shape', async () => {
    expect((await post('/local-tv/v1/campaigns', campaign)).body).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await post('/genie-tv/api/v2/ads', {})).body).toMatchObject({ error_code: 'AUTH_REQUIRED' });
    expect((await post('/naver-blog/blog/writePost.json', {})).body).toMatchObject({ errorCode: '024' });
    expect((await post('/kakao-channel/v1/channels/_c/messages', {})).body).toMatchObject({ code: -401 });
    const ringo = await post('/ringo-biz/api/v1/ringback/contents', {});
    expect(ringo.status).toBe(200);
    expect(ringo.body).toMatchObject({ resultCode: 'E401' });
    expect((await post('/instagram/v21.0/1/media', { image_url: 'https://x/y.png' })).body.error).toMatchObject({ type: 'OAuthException', code: 190 });
  });

  it('Instagram downloads the image at container creation and refuses one it cannot fetch; publishing twice gives the same media', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const images = createServer((req, res) => (req.url === '/ok.png' ? res.writeHead(200, { 'content-type': 'image/png' }).end(png) : res.writeHead(404).end()));
    await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(images.address() as { port: number }).port}`;
    try {
      const refused = await post('/instagram/v21.0/178/media', { image_url: `${base}/missing.png`, caption: 'x', access_token: 't' });
      expect(refused.body.error).toMatchObject({ code: 9004 });
      const container = await post('/instagram/v21.0/178/media', { image_url: `${base}/ok.png`, caption: '이벤트', access_token: 't' });
      const first = await post('/instagram/v21.0/178/media_publish', { creation_id: container.body.id, access_token: 't' });
      const second = await post('/instagram/v21.0/178/media_publish', { creation_id: container.body.id, access_token: 't' });
      expect(first.body.id).toBe(second.body.id);
    } finally {
      images.close();
    }
  });

  it('losing an answer still creates the post, and the retry with the same key gets it without a second post', async () => {
    current().ringoBiz.loseNextAnswers = 1;
    const body = { companyName: '카페', script: '안녕하세요', startDate: '20261205', endDate: '20261218' };
    const headers = { 'x-auth-token': 't', 'idempotency-key': 'e:RINGO_BIZ' };
    await expect(post('/ringo-biz/api/v1/ringback/contents', body, headers)).rejects.toThrow();
    const retry = await post('/ringo-biz/api/v1/ringback/contents', body, headers);
    expect(retry.body).toMatchObject({ resultCode: '0000', monthlyFee: 5500 });
    expect(current().ringoBiz.list()).toHaveLength(1);
  });
});

describe('AI and image stand-ins', () => {
  it('answer OpenAI-style: JSON plans in the message content, shaped by the request, the same for the same request', async () => {
    const ask = (purpose: string) =>
      post('/ai-provider/chat/completions', {
        model: 'attendgate-planner-1', response_format: { type: 'json_object' },
        messages: [{ role: 'user', content: JSON.stringify({ purpose, storeName: '골목 카페', storeCategory: 'cafe', region: '서울 마포구', season: 'WINTER', today: '2026-12-02', count: 4 }) }],
      }, { authorization: 'Bearer k' });
    const first = await ask('REVISIT');
    expect(first.body).toMatchObject({ object: 'chat.completion', choices: [{ message: { role: 'assistant' }, finish_reason: 'stop' }] });
    const plans = JSON.parse(first.body.choices[0].message.content).plans;
    expect(plans).toHaveLength(4);
    expect(plans[0].title).toMatch(/겨울/);
    expect(plans[0].period.startDate > '2026-12-02').toBe(true);
    expect(JSON.parse((await ask('REVISIT')).body.choices[0].message.content)).toEqual({ plans });
    expect(JSON.parse((await ask('SALES_BOOST')).body.choices[0].message.content).plans[0].title).not.toBe(plans[0].title);
    expect((await post('/ai-provider/chat/completions', { model: 'gpt-x', messages: [{ role: 'user', content: 'hi' }] }, { authorization: 'Bearer k' })).body.error.code).toBe('model_not_found');
    expect((await post('/ai-provider/chat/completions', {})).status).toBe(401);
  });

  it('paints a real PNG of the requested size', async () => {
    const answer = await post('/image-generator/images/generations', { prompt: 'festive', size: '320x200' }, { authorization: 'Bearer k' });
    const png = Buffer.from(answer.body.data[0].b64_json, 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([320, 200]);
    expect((await post('/image-generator/images/generations', { prompt: 'x', size: '9000x10' }, { authorization: 'Bearer k' })).status).toBe(400);
  });
});
