import { z } from 'zod';
import { defineDomainEvent } from '../defineDomainEvent.ts';
import { id, instant, mediaChannel, sealed } from './shared.ts';

export const ParticipantRegistered = defineDomainEvent({
  type: 'ParticipantRegistered',
  version: 1,
  source: 'participation',
  description: 'A customer entered an event (customer participation flow, seed 004).',
  data: z.object({
    participationId: id,
    eventId: id,
    entryNumber: z.string(),
    entryPath: mediaChannel,
    storeVisited: z.boolean(),
    /**
     * The platform's blind index of the normalised phone number: the same customer gives the same key in
     * every event, so consumers can tell new from returning customers without seeing the number.
     */
    customerKey: z.string(),
    /** `{ name, phone }`, sealed (see `sealPersonalData`). */
    contact: sealed,
    registeredAt: instant,
  }),
});

export const WinnerSelected = defineDomainEvent({
  type: 'WinnerSelected',
  version: 1,
  source: 'participation',
  description: "The owner's one winner draw for an event took place.",
  data: z.object({
    eventId: id,
    drawId: id,
    winners: z.array(z.object({ participationId: id, entryNumber: z.string(), customerKey: z.string() })),
    entrantCount: z.int().nonnegative(),
    drawnAt: instant,
  }),
});
