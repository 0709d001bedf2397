import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@attendgate/platform';
import { User } from '../entities/index.ts';
import { checkAccountFields, type AccountFieldsInput } from './accountFields.ts';
import type { PasswordHasher } from './passwordHasher.ts';
import { userConflict } from './uniqueConstraints.ts';

/** Roles only staff can hand out. */
export type StaffRole = 'OPERATOR' | 'ADMIN';

export interface CreateStaffUserInput extends AccountFieldsInput {
  role: StaffRole;
}

/**
 * An admin creates an operator (runs venues and gates) or another admin. These roles are never self-service,
 * so a stranger cannot sign up into staff powers. Same field rules as sign-up; no store, no session.
 */
export async function createStaffUser(deps: { hasher: PasswordHasher }, em: EntityManager, input: CreateStaffUserInput): Promise<User> {
  if (input.role !== 'OPERATOR' && input.role !== 'ADMIN') throw AppError.badInput('Staff accounts are operators or admins.', 'role');
  const fields = await checkAccountFields(em, input);
  const passwordHash = await deps.hasher.hash(fields.password);
  return em
    .transactional(async (tx) => {
      const now = new Date();
      const user = tx.create(User, {
        id: randomUUID(),
        email: fields.email,
        name: fields.name,
        phone: fields.phone,
        passwordHash,
        role: input.role,
        createdAt: now,
        updatedAt: now,
      });
      await tx.flush();
      return user;
    })
    .catch((error: unknown) => {
      throw userConflict(error) ?? error;
    });
}
