import { ProcessedDomainEventSchema } from '@attendgate/platform';
import { DrawSchema } from './Draw.ts';
import { EventFactsSchema } from './EventFacts.ts';
import { ParticipationSchema } from './Participation.ts';
import { WinnerSchema } from './Winner.ts';

export { EventFacts, EventFactsSchema } from './EventFacts.ts';
export { Participation, ParticipationSchema } from './Participation.ts';
export { Draw, DrawSchema } from './Draw.ts';
export { Winner, WinnerSchema, NOTIFICATION_STATUSES, type NotificationStatus } from './Winner.ts';

/** Every entity of the participation subgraph (and the consumed-events ledger), for the ORM and migrations. */
export const entities = [EventFactsSchema, ParticipationSchema, DrawSchema, WinnerSchema, ProcessedDomainEventSchema];
