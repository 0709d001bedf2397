import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type FileUrls } from '@attendgate/platform';
import { EventFacts } from '../entities/index.ts';
import { isUuid } from './ids.ts';
import type { FileLink } from './views.ts';

/** Where the CSV of an event is served, below the subgraph's `/files` (routes/participantsCsvRoute.ts). */
export function participantsCsvPath(eventId: string): string {
  return `events/${eventId}/participants.csv`;
}

/**
 * Mints the owner's download link for an event's participant CSV: a signed, expiring URL on the gateway's
 * origin, so the browser can open it without an Authorization header. The signature covers this event's
 * path only; the permission rule has already checked that the caller may see the event's participants.
 */
export async function participantsCsvLink(deps: { files: FileUrls; ttlMs: number }, em: EntityManager, eventId: string): Promise<FileLink> {
  if (!isUuid(eventId) || (await em.count(EventFacts, { id: eventId })) === 0) throw AppError.notFound('A published event with this id');
  const now = Date.now();
  return { url: deps.files.signedUrl(participantsCsvPath(eventId.toLowerCase()), { ttlMs: deps.ttlMs, now }), expiresAt: new Date(now + deps.ttlMs) };
}
