import type { MediaChannel } from '@attendgate/platform';

/** How the seed names the channels to shop owners (우리동네TV, 지니TV, SNS, 링고비즈): CSV and messages use these. */
export const CHANNEL_LABELS: Record<MediaChannel, string> = {
  LOCAL_TV: '우리동네TV',
  GENIE_TV: '지니TV',
  INSTAGRAM: 'Instagram',
  NAVER_BLOG: '네이버 블로그',
  KAKAO_CHANNEL: '카카오톡 채널',
  RINGO_BIZ: '링고비즈',
};
