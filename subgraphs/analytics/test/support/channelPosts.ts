import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MediaChannel } from '@attendgate/platform';
import type { SimulatorServer } from '@attendgate/simulators';

/** A PNG signature and nothing else: all Instagram's stand-in checks before accepting an image. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** A public image URL for Instagram to download (the events subgraph serves real posters; tests need one). */
export async function startImageServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.length });
    res.end(PNG);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/poster.png`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function call(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown }): Promise<any> {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

/**
 * Posts to every channel as the events subgraph's distribution does (each channel's own create API), and
 * returns the external post ids a DistributionCompleted would carry (Instagram: the published media id).
 */
export async function postEverywhere(sims: SimulatorServer, imageUrl: string): Promise<Record<MediaChannel, string>> {
  const url = (name: Parameters<SimulatorServer['urlOf']>[0], path: string) => `${sims.urlOf(name)}${path}`;
  const localTv = await call(url('local-tv', '/v1/campaigns'), {
    headers: { 'x-api-key': 'k' },
    body: { storeName: '카페', region: '마포구', title: '이벤트', message: '참여하세요', imageUrl, startDate: '2026-12-01', endDate: '2026-12-07' },
  });
  const genieTv = await call(url('genie-tv', '/api/v2/ads'), {
    headers: { authorization: 'Bearer k' },
    body: { advertiser: { name: '카페', region: '마포구' }, creative: { headline: '이벤트', body: '참여하세요', imageUrl, durationSeconds: 15 }, flight: { start: '2026-12-01', end: '2026-12-07' } },
  });
  const container = await call(url('instagram', '/v21.0/17841400000000000/media'), { body: { image_url: imageUrl, caption: '이벤트', access_token: 'k' } });
  const media = await call(url('instagram', '/v21.0/17841400000000000/media_publish'), { body: { creation_id: container.id, access_token: 'k' } });
  const blog = await call(url('naver-blog', '/blog/writePost.json'), { headers: { authorization: 'Bearer k' }, body: { title: '이벤트', contents: '<p>참여하세요</p>' } });
  const kakao = await call(url('kakao-channel', '/v1/channels/_attendgate/messages'), {
    headers: { authorization: 'KakaoAK k' },
    body: { target: 'ALL_FRIENDS', template_object: { object_type: 'feed', content: { title: '이벤트', description: '참여하세요', image_url: imageUrl, link: { web_url: imageUrl } } } },
  });
  const ringo = await call(url('ringo-biz', '/api/v1/ringback/contents'), { headers: { 'x-auth-token': 'k' }, body: { companyName: '카페', script: '이벤트 중입니다', startDate: '20261201', endDate: '20261207' } });
  return {
    LOCAL_TV: localTv.campaignId, GENIE_TV: genieTv.ad_id, INSTAGRAM: media.id,
    NAVER_BLOG: blog.message.result.postId, KAKAO_CHANNEL: kakao.message_id, RINGO_BIZ: ringo.contentId,
  };
}
