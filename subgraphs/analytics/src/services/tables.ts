/** Qualified table names of this subgraph's schema, for the SQL the aggregates are kept with. */
export const T = {
  summary: 'analytics.event_summary',
  entry: 'analytics.event_entry',
  bucket: 'analytics.entry_bucket',
  channel: 'analytics.channel_performance',
} as const;
