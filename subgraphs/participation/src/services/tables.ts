/**
 * Qualified table names for the hand-written SQL of the hot paths (entries, lists, the draw), where the
 * ORM's unit of work would cost more than the statement itself. The Postgres schema is the subgraph's name.
 */
export const TABLES = {
  eventFacts: '"participation"."event_facts"',
  participation: '"participation"."participation"',
  draw: '"participation"."draw"',
  winner: '"participation"."winner"',
} as const;
