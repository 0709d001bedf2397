/**
 * Stand-ins for the media channels an event is distributed to (seed 002), one simulator per channel so that
 * faults can be set for exactly one of them. Each speaks its own API shape and authentication, charges its
 * own price, and honours an `Idempotency-Key` header (see channelPosts.ts).
 */
export { localTvSimulator, LOCAL_TV_PRICE_PER_DAY_KRW } from './localTv.ts';
export { genieTvSimulator, GENIE_TV_PRICE_PER_WEEK_KRW } from './genieTv.ts';
export { instagramSimulator, InstagramState, INSTAGRAM_MAX_IMAGE_BYTES } from './instagram.ts';
export { naverBlogSimulator, NAVER_BLOG_ID } from './naverBlog.ts';
export { kakaoChannelSimulator, KAKAO_CHANNEL_FRIENDS, KAKAO_MESSAGE_PRICE_KRW } from './kakaoChannel.ts';
export { ringoBizSimulator, RINGO_BIZ_MONTHLY_FEE_KRW, RINGO_BIZ_MAX_SCRIPT_CHARS } from './ringoBiz.ts';
export { ChannelPostStore, type ChannelPost, type PostFigures } from './channelPosts.ts';
