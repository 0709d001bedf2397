import { defineEntity, p } from '@mikro-orm/postgresql';
import { IMAGE_PLATFORMS } from '../domain/imageFormats.ts';
import { IMAGE_SOURCES, IMAGE_STYLES } from '../domain/vocabulary.ts';

/**
 * A rendered poster: the PNG itself is stored here (bytea), so images are as durable as the event and need
 * no file system shared by replicas; it is served through the gateway's /files route. One current image
 * per (event, format): regenerating replaces it, under a new id so links change with the content.
 * `content` is lazy: listing images never reads the bytes.
 */
export const EventImageSchema = defineEntity({
  name: 'EventImage',
  tableName: 'event_image',
  properties: {
    id: p.uuid().primary(),
    eventId: p.uuid(),
    platform: p.enum(IMAGE_PLATFORMS),
    style: p.enum(IMAGE_STYLES),
    source: p.enum(IMAGE_SOURCES),
    width: p.integer(),
    height: p.integer(),
    byteSize: p.integer(),
    sha256: p.string().length(64),
    content: p.blob().lazy(),
    /** The job that rendered it (a re-run of the same job replaces nothing twice). */
    jobId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'event_image_event_platform_unique', properties: ['eventId', 'platform'] }],
});

export class EventImage extends EventImageSchema.class {}
EventImageSchema.setClass(EventImage);
