import type { EventStatus } from './vocabulary.ts';

/**
 * The legal moves of an event (the model): anything not listed here is refused with INVALID_STATE
 * and changes nothing. READY → RECOMMENDING asks for a fresh set of plans; RECOMMENDING → DRAFT/READY is
 * the AI job giving up (back to where the event was).
 */
const TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  DRAFT: ['RECOMMENDING', 'CANCELLED'],
  RECOMMENDING: ['READY', 'DRAFT', 'CANCELLED'],
  READY: ['RECOMMENDING', 'PUBLISHED', 'CANCELLED'],
  PUBLISHED: ['ENDED', 'CANCELLED'],
  ENDED: [],
  CANCELLED: [],
};

export function canMove(from: EventStatus, to: EventStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses in which the owner may still edit the plan (title, prize, period, ...). */
export const EDITABLE_STATUSES: readonly EventStatus[] = ['DRAFT', 'READY'];

/** Statuses in which posters may be (re)generated: before approval. */
export const IMAGE_STATUSES: readonly EventStatus[] = ['DRAFT', 'READY'];
