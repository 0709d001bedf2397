import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelStatsAdapter, countFrom, type ChannelStatsAdapter } from './channelStatsAdapter.ts';

/** Naver Blog post statistics: `GET /blog/postStats.json?postId=`, bearer → Naver's envelope `{ viewCount, visitorCount }`. */
export function createNaverBlogStats(options: { baseUrl: string; accessToken: string; policy: ResiliencePolicy }): ChannelStatsAdapter {
  return channelStatsAdapter('NAVER_BLOG', options.policy, async (postId, signal) => {
    const answer = await requestJson<{ message?: { result?: { viewCount?: unknown; visitorCount?: unknown } } }>('naver-blog', options.baseUrl, {
      path: '/blog/postStats.json', query: { postId }, headers: { authorization: `Bearer ${options.accessToken}` }, signal,
    });
    const result = answer.message?.result;
    return { views: countFrom('naver-blog', result?.viewCount, 'viewCount'), reach: countFrom('naver-blog', result?.visitorCount, 'visitorCount') };
  });
}
