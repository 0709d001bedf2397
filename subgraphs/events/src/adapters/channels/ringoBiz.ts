import { requestJson, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import { channelAdapter, postDates, type ChannelAdapter, type ChannelPost } from './channelAdapter.ts';

/** Longest script 링고비즈 plays (about 30 seconds of speech). */
const MAX_SCRIPT_CHARS = 200;

interface RingbackAnswer {
  resultCode?: string;
  resultMsg?: string;
  contentId?: string;
  monthlyFee?: number;
}

/** What callers hear while the phone rings. */
export function ringbackScript(post: ChannelPost): string {
  return `안녕하세요, ${post.storeName}입니다. 지금 ${post.title} 진행 중! 경품은 ${post.prizeText}, 기간은 ${post.periodText}입니다.`.slice(0, MAX_SCRIPT_CHARS);
}

/**
 * 링고비즈 ring-back announcements (`POST /api/v1/ringback/contents`, `X-Auth-Token`). Telecom style: HTTP 200
 * with a `resultCode`; anything but "0000" is an error, E4xx the request's fault (not retried), E5xx transient.
 */
export function createRingoBizAdapter(options: { baseUrl: string; authToken: string; policy: ResiliencePolicy }): ChannelAdapter {
  return channelAdapter('RINGO_BIZ', options.policy, async (post, idempotencyKey, signal) => {
    const { start, end } = postDates(post);
    const answer = await requestJson<RingbackAnswer>('ringo-biz', options.baseUrl, {
      method: 'POST',
      path: '/api/v1/ringback/contents',
      headers: { 'x-auth-token': options.authToken, 'idempotency-key': idempotencyKey },
      body: { companyName: post.storeName.slice(0, 50), script: ringbackScript(post), startDate: start.replaceAll('-', ''), endDate: end.replaceAll('-', '') },
      signal,
    });
    if (answer?.resultCode !== '0000') {
      const code = String(answer?.resultCode);
      throw new UpstreamError('ringo-biz', `링고비즈 answered ${code} ${answer?.resultMsg ?? ''}`.trim(), { status: 200, transient: !/^E4/.test(code), body: answer });
    }
    return { externalPostId: String(answer.contentId), costKrw: answer.monthlyFee ?? 0 };
  });
}
