import type { MediaChannel } from '@attendgate/platform';
import type { DrawVerificationResult } from '../domain/draw/drawVerification.ts';
import type { NotificationStatus } from '../entities/index.ts';

/**
 * What the GraphQL types resolve from. Every view carries its event's id, so the permission rules on the
 * types (not only on the fields that lead to them) can check that the caller owns that event.
 */
export interface EventRef {
  id: string;
}

export interface ParticipantView {
  id: string;
  eventId: string;
  entryNumber: string;
  /** Already masked (김**): the stored masked form; the clear name is never read for lists. */
  name: string;
  /** Already masked (010-****-1234). */
  phone: string;
  entryPath: MediaChannel;
  storeVisited: boolean;
  won: boolean;
  registeredAt: Date;
}

export interface WinnerView {
  eventId: string;
  rank: number;
  participant: ParticipantView;
  notificationStatus: NotificationStatus;
  notifiedAt: Date | null;
}

export interface DrawView {
  id: string;
  eventId: string;
  drawnAt: Date;
  winnerCount: number;
  entrantCount: number;
  visitBonus: boolean;
  visitorTickets: number;
  algorithmVersion: string;
  seedCommitment: string;
  seedCommittedAt: Date;
  seed: string;
  entrantListHash: string;
}

export interface DrawVerificationView extends Omit<DrawVerificationResult, 'recomputedWinnerIds'> {
  eventId: string;
  recomputedWinnerEntryNumbers: string[];
  verifiedAt: Date;
}

export interface ParticipationReceipt {
  entryNumber: string;
  announcesAt: Date | null;
  message: string;
}

export interface FileLink {
  url: string;
  expiresAt: Date;
}

/** Filters of a participant list; the count of the same filters is loaded only when `totalCount` is asked. */
export interface ParticipantFilter {
  channel: MediaChannel | null;
  won: boolean | null;
}

export interface ParticipantConnectionView {
  eventId: string;
  filter: ParticipantFilter;
  nodes: ParticipantView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface WinnerConnectionView {
  eventId: string;
  nodes: WinnerView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
