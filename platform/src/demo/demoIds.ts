import type { Role } from '../auth/roles.ts';

/**
 * Fixed ids of the demo data `npm start` seeds, so that each subgraph's demo data can refer to another's
 * (an owner's demo event, a customer's demo entry) without importing it or reading its tables: the users
 * subgraph creates its demo accounts with these ids, the events subgraph its demo event. Development
 * databases only; nothing else may rely on them.
 */
export const DEMO_USER_IDS: Readonly<Record<Role, string>> = {
  OWNER: '00000000-0000-4000-8000-00000000d001',
  OPERATOR: '00000000-0000-4000-8000-00000000d002',
  CUSTOMER: '00000000-0000-4000-8000-00000000d003',
  ADMIN: '00000000-0000-4000-8000-00000000d004',
};

/** The demo owner's events: one published (distributed, taking entries) and one draft. */
export const DEMO_EVENT_IDS = {
  published: '00000000-0000-4000-8000-00000000e001',
  draft: '00000000-0000-4000-8000-00000000e002',
} as const;
