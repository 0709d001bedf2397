import { AppError, type AuthClaims } from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Integration } from '../entities/index.ts';
import { isUuid } from './deps.ts';

/** Admins see and manage every integration; anyone else only their own. */
export const canManage = (integration: Pick<Integration, 'ownerId'>, auth: AuthClaims) => auth.role === 'ADMIN' || integration.ownerId === auth.userId;

/**
 * The caller's live integration, or NOT_FOUND: someone else's integration is answered exactly like one
 * that does not exist, so ids cannot be probed.
 */
export async function findManaged(em: EntityManager, id: string, auth: AuthClaims): Promise<Integration> {
  const integration = isUuid(id) ? await em.findOne(Integration, { id, removedAt: null }) : null;
  if (!integration || !canManage(integration, auth)) throw AppError.notFound('The integration');
  return integration;
}
