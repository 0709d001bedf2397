import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelAdapter, requireImage, type ChannelAdapter } from './channelAdapter.ts';

interface MessageAnswer {
  message_id?: string;
  cost?: { amount?: number };
}

/** Kakao channel feed messages to all friends (`KakaoAK` key); charged per message sent. */
export function createKakaoChannelAdapter(options: { baseUrl: string; appKey: string; channelId: string; policy: ResiliencePolicy }): ChannelAdapter {
  return channelAdapter('KAKAO_CHANNEL', options.policy, async (post, idempotencyKey, signal) => {
    const answer = await requestJson<MessageAnswer>('kakao-channel', options.baseUrl, {
      method: 'POST',
      path: `/v1/channels/${encodeURIComponent(options.channelId)}/messages`,
      headers: { authorization: `KakaoAK ${options.appKey}`, 'idempotency-key': idempotencyKey },
      body: {
        target: 'ALL_FRIENDS',
        template_object: {
          object_type: 'feed',
          content: {
            title: post.title.slice(0, 200),
            description: `${post.prizeText}\n${post.periodText}`.slice(0, 400),
            image_url: requireImage('kakao-channel', post),
            link: { web_url: post.landingUrl },
          },
        },
      },
      signal,
    });
    return { externalPostId: String(answer.message_id), costKrw: answer.cost?.amount ?? 0 };
  });
}
