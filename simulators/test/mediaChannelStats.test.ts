import { describe, expect, it } from 'vitest';
import { useSimulatorServer } from './helpers.ts';

const current = useSimulatorServer();

async function call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${current().url}${path}`, {
    method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('media channel statistics (reporting APIs)', () => {
  it('each channel reports a post\'s views and reach in its own shape, with the figures a test set', async () => {
    const image = 'https://img.example/p.png';
    const campaign = await call('POST', '/local-tv/v1/campaigns', { storeName: '카페', region: '서울', title: '이벤트', message: '경품', imageUrl: image, startDate: '2026-12-05', endDate: '2026-12-06' }, { 'x-api-key': 'k' });
    current().localTv.setFigures(campaign.body.campaignId, { views: 300, reach: 120 });
    expect((await call('GET', `/local-tv/v1/campaigns/${campaign.body.campaignId}/stats`, undefined, { 'x-api-key': 'k' })).body)
      .toMatchObject({ campaignId: campaign.body.campaignId, impressions: 300, reach: 120 });

    const ad = await call('POST', '/genie-tv/api/v2/ads', { advertiser: { name: '카페' }, creative: { headline: 'h', body: 'b', imageUrl: image }, flight: { start: '2026-12-05', end: '2026-12-06' } }, { authorization: 'Bearer t' });
    // The admin API sets figures too (for people exploring with curl).
    expect((await call('PUT', `/__admin/genie-tv/stats/${ad.body.ad_id}`, { views: 40, reach: 30 })).status).toBe(200);
    expect((await call('GET', `/genie-tv/api/v2/ads/${ad.body.ad_id}/report`, undefined, { authorization: 'Bearer t' })).body)
      .toMatchObject({ ad_id: ad.body.ad_id, impressions: 40, unique_viewers: 30 });

    const blog = await call('POST', '/naver-blog/blog/writePost.json', { title: 't', contents: '<p>c</p>' }, { authorization: 'Bearer t' });
    const postId = blog.body.message.result.postId;
    current().naverBlog.setFigures(postId, { views: 9, reach: 7 });
    expect((await call('GET', `/naver-blog/blog/postStats.json?postId=${postId}`, undefined, { authorization: 'Bearer t' })).body.message.result)
      .toEqual({ postId, viewCount: 9, visitorCount: 7 });

    const message = await call('POST', '/kakao-channel/v1/channels/_c/messages', { target: 'ALL_FRIENDS', template_object: { object_type: 'feed', content: { title: 't', description: 'd', image_url: image } } }, { authorization: 'KakaoAK k' });
    current().kakaoChannel.setFigures(message.body.message_id, { views: 500, reach: 1_200 });
    expect((await call('GET', `/kakao-channel/v1/channels/_c/messages/${message.body.message_id}/stats`, undefined, { authorization: 'KakaoAK k' })).body)
      .toMatchObject({ sent_count: 1_200, read_count: 500, click_count: 50 });

    const ringo = await call('POST', '/ringo-biz/api/v1/ringback/contents', { companyName: '카페', script: '안녕하세요', startDate: '20261205', endDate: '20261206' }, { 'x-auth-token': 't' });
    current().ringoBiz.setFigures(ringo.body.contentId, { views: 80, reach: 60 });
    expect((await call('GET', `/ringo-biz/api/v1/ringback/contents/${ringo.body.contentId}/stats`, undefined, { 'x-auth-token': 't' })).body)
      .toMatchObject({ resultCode: '0000', playCount: 80, uniqueCallers: 60 });
  });

  it('without set figures a post gains views with its age; unknown posts and missing credentials are refused in each channel\'s style', async () => {
    const ringo = await call('POST', '/ringo-biz/api/v1/ringback/contents', { companyName: '카페', script: '안녕하세요', startDate: '20261205', endDate: '20261206' }, { 'x-auth-token': 't' });
    const stats = await call('GET', `/ringo-biz/api/v1/ringback/contents/${ringo.body.contentId}/stats`, undefined, { 'x-auth-token': 't' });
    expect(stats.body).toMatchObject({ resultCode: '0000', playCount: expect.any(Number), uniqueCallers: expect.any(Number) });
    expect(current().ringoBiz.statsRequests.get(ringo.body.contentId)).toBe(1);

    expect((await call('GET', '/local-tv/v1/campaigns/LTV-none/stats', undefined, { 'x-api-key': 'k' }))).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect((await call('GET', '/local-tv/v1/campaigns/LTV-none/stats'))).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED' } });
    expect((await call('GET', '/genie-tv/api/v2/ads/none/report', undefined, { authorization: 'Bearer t' })).body).toMatchObject({ error_code: 'NOT_FOUND' });
    expect((await call('GET', '/naver-blog/blog/postStats.json?postId=1', undefined, { authorization: 'Bearer t' })).body).toMatchObject({ errorCode: '404' });
    expect((await call('GET', '/kakao-channel/v1/channels/_c/messages/none/stats', undefined, { authorization: 'KakaoAK k' })).body).toMatchObject({ code: -404 });
    expect((await call('GET', '/ringo-biz/api/v1/ringback/contents/none/stats', undefined, { 'x-auth-token': 't' })).body).toMatchObject({ resultCode: 'E404' });
    expect((await call('GET', '/instagram/v21.0/none/insights?metric=impressions,reach&access_token=t')).body.error).toMatchObject({ code: 100 });
    expect((await call('GET', '/instagram/v21.0/none/insights?metric=reach')).body.error).toMatchObject({ code: 190 });
    expect((await call('PUT', '/__admin/local-tv/stats/x', { views: -1, reach: 0 })).status).toBe(400);
  });
});
