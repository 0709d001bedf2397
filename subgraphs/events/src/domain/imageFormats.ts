import type { MediaChannel } from './vocabulary.ts';

export const IMAGE_PLATFORMS = ['INSTAGRAM_SQUARE', 'INSTAGRAM_STORY', 'BLOG_BANNER', 'KAKAO_FEED', 'TV_SCREEN'] as const;
export type ImagePlatform = (typeof IMAGE_PLATFORMS)[number];

/** Pixel size of each format (the platforms' recommended upload sizes). */
export const IMAGE_SIZES: Record<ImagePlatform, { width: number; height: number }> = {
  INSTAGRAM_SQUARE: { width: 1080, height: 1080 },
  INSTAGRAM_STORY: { width: 1080, height: 1920 },
  BLOG_BANNER: { width: 1200, height: 630 },
  KAKAO_FEED: { width: 800, height: 800 },
  TV_SCREEN: { width: 1920, height: 1080 },
};

/** The image each channel posts; 링고비즈 plays a spoken script and needs none. */
export const CHANNEL_IMAGE: Record<MediaChannel, ImagePlatform | null> = {
  LOCAL_TV: 'TV_SCREEN',
  GENIE_TV: 'TV_SCREEN',
  INSTAGRAM: 'INSTAGRAM_SQUARE',
  NAVER_BLOG: 'BLOG_BANNER',
  KAKAO_CHANNEL: 'KAKAO_FEED',
  RINGO_BIZ: null,
};

/** The formats the chosen channels need that the event does not have yet. */
export function missingImages(channels: readonly MediaChannel[], have: readonly string[]): ImagePlatform[] {
  const needed = new Set(channels.map((channel) => CHANNEL_IMAGE[channel]).filter((p): p is ImagePlatform => p !== null));
  return [...needed].filter((platform) => !have.includes(platform));
}
