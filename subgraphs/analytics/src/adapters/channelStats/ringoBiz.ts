import { requestJson, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import { channelStatsAdapter, countFrom, type ChannelStatsAdapter } from './channelStatsAdapter.ts';

/**
 * 링고비즈 ring-back statistics: `GET /api/v1/ringback/contents/:contentId/stats`, `X-Auth-Token` → telecom
 * style HTTP 200 with `resultCode` "0000" and `{ playCount, uniqueCallers }`; any other code is a refusal.
 */
export function createRingoBizStats(options: { baseUrl: string; authToken: string; policy: ResiliencePolicy }): ChannelStatsAdapter {
  return channelStatsAdapter('RINGO_BIZ', options.policy, async (contentId, signal) => {
    const answer = await requestJson<{ resultCode?: string; playCount?: unknown; uniqueCallers?: unknown }>('ringo-biz', options.baseUrl, {
      path: `/api/v1/ringback/contents/${encodeURIComponent(contentId)}/stats`, headers: { 'x-auth-token': options.authToken }, signal,
    });
    if (answer.resultCode !== '0000') throw new UpstreamError('ringo-biz', `ringo-biz refused: ${answer.resultCode ?? 'no result code'}`, { transient: false });
    return { views: countFrom('ringo-biz', answer.playCount, 'playCount'), reach: countFrom('ringo-biz', answer.uniqueCallers, 'uniqueCallers') };
  });
}
