import type { FileUrls } from '@attendgate/platform';

/** Where an image is served, below the subgraph's files (`<PUBLIC_URL>/files/events/images/<id>.png`). */
export function imagePath(imageId: string): string {
  return `images/${imageId}.png`;
}

export interface ImageLinks {
  /** The public link (media channels download it; the event is published). */
  publicUrl(imageId: string): string;
  /** An expiring signed link, for the owner's preview before publication. */
  previewUrl(imageId: string): string;
  /** Where a customer taps through from a channel post (the participation page, under PUBLIC_URL). */
  landingUrl(eventId: string): string;
}

export function createImageLinks(files: FileUrls, options: { previewTtlMs: number; publicUrl: string }): ImageLinks {
  return {
    publicUrl: (imageId) => files.publicUrl(imagePath(imageId)),
    previewUrl: (imageId) => files.signedUrl(imagePath(imageId), { ttlMs: options.previewTtlMs }),
    landingUrl: (eventId) => `${options.publicUrl.replace(/\/$/, '')}/events/${eventId}`,
  };
}
