import { createResiliencePolicy, type Logger } from '@attendgate/platform';
import { policySettings, type EventsConfig } from '../../config.ts';
import type { MediaChannel } from '../../domain/vocabulary.ts';
import type { ChannelAdapter } from './channelAdapter.ts';
import { createGenieTvAdapter } from './genieTv.ts';
import { createInstagramAdapter } from './instagram.ts';
import { createKakaoChannelAdapter } from './kakaoChannel.ts';
import { createLocalTvAdapter } from './localTv.ts';
import { createNaverBlogAdapter } from './naverBlog.ts';
import { createRingoBizAdapter } from './ringoBiz.ts';

export type { ChannelAdapter, ChannelPost, ChannelReceipt } from './channelAdapter.ts';

/**
 * One adapter per channel, each behind a policy of its own: its own bulkhead (a slow channel holds only its
 * own slots, seed 002's per-channel thread pools), breaker, retries and 10 s timeout per attempt.
 */
export function createChannelAdapters(config: EventsConfig, logger: Logger): Record<MediaChannel, ChannelAdapter> {
  const policy = (channel: MediaChannel) => createResiliencePolicy({ name: `channel-${channel.toLowerCase().replaceAll('_', '-')}`, ...policySettings(config, channel) }, logger);
  const key = (channel: MediaChannel) => config[`EVENTS_${channel}_API_KEY`] as string;
  return {
    LOCAL_TV: createLocalTvAdapter({ baseUrl: config.LOCAL_TV_URL, apiKey: key('LOCAL_TV'), policy: policy('LOCAL_TV') }),
    GENIE_TV: createGenieTvAdapter({ baseUrl: config.GENIE_TV_URL, apiKey: key('GENIE_TV'), policy: policy('GENIE_TV') }),
    INSTAGRAM: createInstagramAdapter({ baseUrl: config.INSTAGRAM_URL, accessToken: key('INSTAGRAM'), accountId: config.EVENTS_INSTAGRAM_ACCOUNT_ID, policy: policy('INSTAGRAM') }),
    NAVER_BLOG: createNaverBlogAdapter({ baseUrl: config.NAVER_BLOG_URL, accessToken: key('NAVER_BLOG'), policy: policy('NAVER_BLOG') }),
    KAKAO_CHANNEL: createKakaoChannelAdapter({ baseUrl: config.KAKAO_CHANNEL_URL, appKey: key('KAKAO_CHANNEL'), channelId: config.EVENTS_KAKAO_CHANNEL_ID, policy: policy('KAKAO_CHANNEL') }),
    RINGO_BIZ: createRingoBizAdapter({ baseUrl: config.RINGO_BIZ_URL, authToken: key('RINGO_BIZ'), policy: policy('RINGO_BIZ') }),
  };
}
