import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelAdapter, postDates, requireImage, type ChannelAdapter } from './channelAdapter.ts';

interface CampaignAnswer {
  campaignId?: string;
  price?: { amount?: number };
}

/** 우리동네TV campaigns: `POST /v1/campaigns` with `X-Api-Key`; price per airing day. */
export function createLocalTvAdapter(options: { baseUrl: string; apiKey: string; policy: ResiliencePolicy }): ChannelAdapter {
  return channelAdapter('LOCAL_TV', options.policy, async (post, idempotencyKey, signal) => {
    const { start, end } = postDates(post);
    const answer = await requestJson<CampaignAnswer>('local-tv', options.baseUrl, {
      method: 'POST',
      path: '/v1/campaigns',
      headers: { 'x-api-key': options.apiKey, 'idempotency-key': idempotencyKey },
      body: {
        storeName: post.storeName,
        region: post.region,
        title: post.title,
        message: `${post.prizeText} | ${post.periodText}`.slice(0, 500),
        imageUrl: requireImage('local-tv', post),
        startDate: start,
        endDate: end,
        slotsPerDay: 4,
      },
      signal,
    });
    return { externalPostId: String(answer.campaignId), costKrw: answer.price?.amount ?? 0 };
  });
}
