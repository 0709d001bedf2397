import { z } from 'zod';
import { defineDomainEvent } from '../defineDomainEvent.ts';
import { id, instant } from './shared.ts';

export const GATE_STATES = ['CLOSED', 'OPEN', 'LOCKED', 'FAULT', 'OFFLINE', 'EMERGENCY_OPEN'] as const;
export const gateState = z.enum(GATE_STATES);

export const CheckedIn = defineDomainEvent({
  type: 'CheckedIn',
  version: 1,
  source: 'gates',
  description: 'A person passed a gate of a venue for an event (in or out).',
  data: z.object({
    attendanceId: id,
    eventId: id,
    venueId: id,
    gateId: id,
    direction: z.enum(['IN', 'OUT']),
    credential: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('PARTICIPANT'), participationId: id }),
      z.object({ kind: z.literal('TICKET'), ticketId: id }),
    ]),
    method: z.enum(['PROXIMITY', 'MANUAL']),
    checkedInAt: instant,
  }),
});

export const GateStateChanged = defineDomainEvent({
  type: 'GateStateChanged',
  version: 1,
  source: 'gates',
  description: 'A gate changed state (operator command, hardware report, heartbeat loss, emergency).',
  data: z.object({ gateId: id, venueId: id, from: gateState, to: gateState, reason: z.string(), changedAt: instant }),
});

export const EmergencyRaised = defineDomainEvent({
  type: 'EmergencyRaised',
  version: 1,
  source: 'gates',
  description: 'An operator raised an emergency at a venue; its gates went EMERGENCY_OPEN.',
  data: z.object({ emergencyId: id, venueId: id, kind: z.string(), message: z.string(), raisedAt: instant }),
});

export const EmergencyCleared = defineDomainEvent({
  type: 'EmergencyCleared',
  version: 1,
  source: 'gates',
  description: 'The emergency at a venue was cleared and its gates restored.',
  data: z.object({ emergencyId: id, venueId: id, clearedAt: instant }),
});
