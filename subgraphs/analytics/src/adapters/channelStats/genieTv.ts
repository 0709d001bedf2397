import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelStatsAdapter, countFrom, type ChannelStatsAdapter } from './channelStatsAdapter.ts';

/** 지니TV ad report: `GET /api/v2/ads/:adId/report`, bearer → `{ impressions, unique_viewers }`. */
export function createGenieTvStats(options: { baseUrl: string; apiKey: string; policy: ResiliencePolicy }): ChannelStatsAdapter {
  return channelStatsAdapter('GENIE_TV', options.policy, async (adId, signal) => {
    const answer = await requestJson<{ impressions?: unknown; unique_viewers?: unknown }>('genie-tv', options.baseUrl, {
      path: `/api/v2/ads/${encodeURIComponent(adId)}/report`, headers: { authorization: `Bearer ${options.apiKey}` }, signal,
    });
    return { views: countFrom('genie-tv', answer.impressions, 'impressions'), reach: countFrom('genie-tv', answer.unique_viewers, 'unique_viewers') };
  });
}
