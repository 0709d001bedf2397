import type { EVENT_PURPOSES } from '@attendgate/platform';
import { MEDIA_CHANNELS, type MediaChannel } from '@attendgate/platform';

export { MEDIA_CHANNELS, type MediaChannel };
export type EventPurpose = (typeof EVENT_PURPOSES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
