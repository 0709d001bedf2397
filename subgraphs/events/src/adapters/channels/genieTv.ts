import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelAdapter, postDates, requireImage, type ChannelAdapter } from './channelAdapter.ts';

interface AdAnswer {
  ad_id?: string;
  cost_krw?: number;
}

/** 지니TV home-screen ads: `POST /api/v2/ads` with a bearer token; a 15-second banner for the event's weeks. */
export function createGenieTvAdapter(options: { baseUrl: string; apiKey: string; policy: ResiliencePolicy }): ChannelAdapter {
  return channelAdapter('GENIE_TV', options.policy, async (post, idempotencyKey, signal) => {
    const { start, end } = postDates(post);
    const answer = await requestJson<AdAnswer>('genie-tv', options.baseUrl, {
      method: 'POST',
      path: '/api/v2/ads',
      headers: { authorization: `Bearer ${options.apiKey}`, 'idempotency-key': idempotencyKey },
      body: {
        advertiser: { name: post.storeName, region: post.region },
        creative: { headline: post.title.slice(0, 40), body: `${post.prizeText} · ${post.periodText}`.slice(0, 300), imageUrl: requireImage('genie-tv', post), durationSeconds: 15 },
        flight: { start, end },
      },
      signal,
    });
    return { externalPostId: String(answer.ad_id), costKrw: answer.cost_krw ?? 0 };
  });
}
