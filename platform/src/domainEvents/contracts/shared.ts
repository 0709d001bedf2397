import { z } from 'zod';

/** Instants in payloads: ISO 8601 in UTC, as JSON carries them. */
export const instant = z.iso.datetime({ offset: true });

/** Ids are UUIDs everywhere in attendgate. */
export const id = z.uuid();

/**
 * The media channels an event is distributed to and customers arrive from (event-creation design, seed 002:
 * 우리동네TV, 지니TV, SNS — Instagram, Naver Blog, Kakao channel — and the ring-back tone service 링고비즈).
 * Every subgraph's SDL that exposes a channel declares the same enum `MediaChannel` with these values.
 */
export const MEDIA_CHANNELS = ['LOCAL_TV', 'GENIE_TV', 'INSTAGRAM', 'NAVER_BLOG', 'KAKAO_CHANNEL', 'RINGO_BIZ'] as const;
export const mediaChannel = z.enum(MEDIA_CHANNELS);
export type MediaChannel = z.infer<typeof mediaChannel>;

/** Money is whole Korean won: integers, never floating point. */
export const krw = z.int().nonnegative();

/**
 * Personal data inside an event (a participant's name and phone) is sealed with the platform's field cipher
 * (`sealPersonalData`), so the rows the queue keeps never hold it in the clear; only a consumer that needs it
 * (an integration pushing contacts to a CRM) opens it.
 */
export const sealed = z.string().startsWith('v1:');
