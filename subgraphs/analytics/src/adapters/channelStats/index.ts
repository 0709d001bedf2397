import { createResiliencePolicy, resilienceOptions, type Logger } from '@attendgate/platform';
import type { AnalyticsConfig } from '../../config.ts';
import type { MediaChannel } from '../../domain/vocabulary.ts';
import type { ChannelStatsAdapter } from './channelStatsAdapter.ts';
import { createGenieTvStats } from './genieTv.ts';
import { createInstagramStats } from './instagram.ts';
import { createKakaoChannelStats } from './kakaoChannel.ts';
import { createLocalTvStats } from './localTv.ts';
import { createNaverBlogStats } from './naverBlog.ts';
import { createRingoBizStats } from './ringoBiz.ts';

export type { ChannelStatsAdapter, PostStats } from './channelStatsAdapter.ts';

/**
 * One reporting adapter per channel, each with a breaker of its own (`analytics-<channel>` in /readyz), so a
 * channel that is down opens only its own circuit and the others keep being collected.
 */
export function createChannelStatsAdapters(config: AnalyticsConfig, logger: Logger): Record<MediaChannel, ChannelStatsAdapter> {
  const policy = (channel: MediaChannel) =>
    createResiliencePolicy(resilienceOptions(`analytics-${channel.toLowerCase().replaceAll('_', '-')}`, config, 'ANALYTICS_CHANNEL'), logger);
  const key = config.ANALYTICS_CHANNEL_API_KEY;
  return {
    LOCAL_TV: createLocalTvStats({ baseUrl: config.LOCAL_TV_URL, apiKey: key, policy: policy('LOCAL_TV') }),
    GENIE_TV: createGenieTvStats({ baseUrl: config.GENIE_TV_URL, apiKey: key, policy: policy('GENIE_TV') }),
    INSTAGRAM: createInstagramStats({ baseUrl: config.INSTAGRAM_URL, accessToken: key, policy: policy('INSTAGRAM') }),
    NAVER_BLOG: createNaverBlogStats({ baseUrl: config.NAVER_BLOG_URL, accessToken: key, policy: policy('NAVER_BLOG') }),
    KAKAO_CHANNEL: createKakaoChannelStats({ baseUrl: config.KAKAO_CHANNEL_URL, appKey: key, channelId: config.ANALYTICS_KAKAO_CHANNEL_ID, policy: policy('KAKAO_CHANNEL') }),
    RINGO_BIZ: createRingoBizStats({ baseUrl: config.RINGO_BIZ_URL, authToken: key, policy: policy('RINGO_BIZ') }),
  };
}
