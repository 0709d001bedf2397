import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelStatsAdapter, countFrom, type ChannelStatsAdapter } from './channelStatsAdapter.ts';

/**
 * Kakao channel message statistics: `GET /v1/channels/:channelId/messages/:messageId/stats`, `KakaoAK` →
 * `{ sent_count, read_count }`. Reach is who received the message, views who opened it.
 */
export function createKakaoChannelStats(options: { baseUrl: string; appKey: string; channelId: string; policy: ResiliencePolicy }): ChannelStatsAdapter {
  return channelStatsAdapter('KAKAO_CHANNEL', options.policy, async (messageId, signal) => {
    const answer = await requestJson<{ sent_count?: unknown; read_count?: unknown }>('kakao-channel', options.baseUrl, {
      path: `/v1/channels/${encodeURIComponent(options.channelId)}/messages/${encodeURIComponent(messageId)}/stats`,
      headers: { authorization: `KakaoAK ${options.appKey}` },
      signal,
    });
    return { views: countFrom('kakao-channel', answer.read_count, 'read_count'), reach: countFrom('kakao-channel', answer.sent_count, 'sent_count') };
  });
}
