/**
 * Who a user is to the system. Every subgraph's permissions speak in these roles.
 * OWNER runs a shop (events, billing); CUSTOMER participates; OPERATOR runs venues and gates; ADMIN is staff.
 */
export const Role = {
  OWNER: 'OWNER',
  CUSTOMER: 'CUSTOMER',
  OPERATOR: 'OPERATOR',
  ADMIN: 'ADMIN',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
