import { defineEntity, p } from '@mikro-orm/postgresql';

/** Entries of an event per hour (UTC hour start); days are summed from hours in Korean time at read. */
export const EntryBucketSchema = defineEntity({
  name: 'EntryBucket',
  tableName: 'entry_bucket',
  properties: {
    eventId: p.uuid().primary(),
    hourStart: p.datetime().primary(),
    participants: p.integer().default(0),
  },
});

export class EntryBucket extends EntryBucketSchema.class {}
EntryBucketSchema.setClass(EntryBucket);
