import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelStatsAdapter, countFrom, type ChannelStatsAdapter } from './channelStatsAdapter.ts';

const GRAPH_VERSION = 'v21.0';

interface Insights {
  data?: { name?: string; values?: { value?: unknown }[] }[];
}

/** Instagram media insights (Graph API): `GET /:version/:mediaId/insights?metric=impressions,reach`. */
export function createInstagramStats(options: { baseUrl: string; accessToken: string; policy: ResiliencePolicy }): ChannelStatsAdapter {
  return channelStatsAdapter('INSTAGRAM', options.policy, async (mediaId, signal) => {
    const answer = await requestJson<Insights>('instagram', options.baseUrl, {
      path: `/${GRAPH_VERSION}/${encodeURIComponent(mediaId)}/insights`,
      query: { metric: 'impressions,reach', access_token: options.accessToken },
      signal,
    });
    const metric = (name: string) => countFrom('instagram', answer.data?.find((entry) => entry.name === name)?.values?.[0]?.value, name);
    return { views: metric('impressions'), reach: metric('reach') };
  });
}
