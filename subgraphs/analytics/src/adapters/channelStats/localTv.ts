import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelStatsAdapter, countFrom, type ChannelStatsAdapter } from './channelStatsAdapter.ts';

/** 우리동네TV campaign report: `GET /v1/campaigns/:campaignId/stats` with `X-Api-Key` → `{ impressions, reach }`. */
export function createLocalTvStats(options: { baseUrl: string; apiKey: string; policy: ResiliencePolicy }): ChannelStatsAdapter {
  return channelStatsAdapter('LOCAL_TV', options.policy, async (campaignId, signal) => {
    const answer = await requestJson<{ impressions?: unknown; reach?: unknown }>('local-tv', options.baseUrl, {
      path: `/v1/campaigns/${encodeURIComponent(campaignId)}/stats`, headers: { 'x-api-key': options.apiKey }, signal,
    });
    return { views: countFrom('local-tv', answer.impressions, 'impressions'), reach: countFrom('local-tv', answer.reach, 'reach') };
  });
}
