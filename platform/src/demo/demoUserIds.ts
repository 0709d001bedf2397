import type { Role } from '../auth/roles.ts';

/**
 * The ids of the demo accounts `npm start` creates (one per role), fixed so that every subgraph's demo data
 * can belong to them: the users subgraph creates the accounts with these ids, and others (billing's demo lines,
 * events' demo events, ...) refer to them, since subgraphs cannot look each other's rows up. Demo data only:
 * real accounts get random ids.
 */
export const DEMO_USER_IDS: Readonly<Record<Role, string>> = {
  OWNER: '0de30000-0000-4000-8000-000000000001',
  OPERATOR: '0de30000-0000-4000-8000-000000000002',
  CUSTOMER: '0de30000-0000-4000-8000-000000000003',
  ADMIN: '0de30000-0000-4000-8000-000000000004',
};
