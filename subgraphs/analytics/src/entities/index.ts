import { ProcessedDomainEventSchema } from '@attendgate/platform';
import { ChannelPerformanceSchema } from './ChannelPerformance.ts';
import { EntryBucketSchema } from './EntryBucket.ts';
import { EventEntrySchema } from './EventEntry.ts';
import { EventSummarySchema } from './EventSummary.ts';

export { ChannelPerformance, ChannelPerformanceSchema } from './ChannelPerformance.ts';
export { EntryBucket, EntryBucketSchema } from './EntryBucket.ts';
export { EventEntry, EventEntrySchema } from './EventEntry.ts';
export { EventSummary, EventSummarySchema } from './EventSummary.ts';

/** Every entity of the analytics subgraph (and the consumed-events ledger), for the ORM and migrations. */
export const entities = [EventSummarySchema, EventEntrySchema, EntryBucketSchema, ChannelPerformanceSchema, ProcessedDomainEventSchema];
