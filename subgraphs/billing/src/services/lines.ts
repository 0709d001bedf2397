import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, type AuthClaims, type PageArgs } from '@attendgate/platform';
import type { Kos } from '../adapters/kos.ts';
import { normaliseLineNumber } from '../domain/lineNumber.ts';
import { Line } from '../entities/index.ts';
import { carrierUnavailable, isId, requireId, seesEveryLine } from './access.ts';
import { isUpstreamFailure } from './freshCache.ts';
import { newestFirst, type CountedPage } from './pages.ts';
import { CONSTRAINTS, violates } from './uniqueConstraints.ts';

/** Page sizes of line lists: a user's lines, and every line for operators. */
export const USER_LINES_PAGE = { defaultSize: 20, maxSize: 50 };
export const ALL_LINES_PAGE = { defaultSize: 20, maxSize: 100 };
const ALREADY_REGISTERED = 'This line is already registered to a user.';

/**
 * A line the caller may see, or NOT_FOUND: lines of other users are not found rather than forbidden, so a
 * customer cannot learn which ids exist.
 */
export async function lineForCaller(em: EntityManager, caller: AuthClaims, lineId: string): Promise<Line> {
  const line = isId(lineId) ? await em.findOne(Line, { id: lineId.toLowerCase() }) : null;
  if (!line || (line.userId !== caller.userId && !seesEveryLine(caller))) throw AppError.notFound('The line');
  return line;
}

/**
 * An operator registers a carrier line to one of our users (after the customer proved it is theirs at the
 * counter or the call centre). The number must be a line of the carrier, checked with KOS; a number belongs
 * to one user, which the unique constraint settles when two registrations race.
 */
export async function registerLine(deps: { kos: Kos }, em: EntityManager, caller: AuthClaims, input: { userId: string; phoneNumber: string }): Promise<Line> {
  const userId = requireId(input.userId, 'userId');
  const phoneNumber = normaliseLineNumber(input.phoneNumber);
  if (!phoneNumber) throw AppError.badInput('Enter a 010 mobile number, such as 010-1234-5678.', 'phoneNumber');
  if ((await em.count(Line, { phoneNumber })) > 0) throw AppError.conflict(ALREADY_REGISTERED, 'phoneNumber');
  const subscription = await deps.kos.subscription(phoneNumber).catch((error: unknown) => {
    throw isUpstreamFailure(error) ? carrierUnavailable() : error;
  });
  if (!subscription) throw new AppError(ErrorCode.NOT_FOUND, 'The carrier has no line with this number.', { field: 'phoneNumber' });
  return em
    .transactional(async (tx) => {
      const line = tx.create(Line, { id: randomUUID(), userId, phoneNumber, kosSubscriberId: subscription.subscriberId, registeredBy: caller.userId, registeredAt: new Date() });
      await tx.flush();
      return line;
    })
    .catch((error: unknown) => {
      throw violates(error, CONSTRAINTS.linePhoneNumber) ? AppError.conflict(ALREADY_REGISTERED, 'phoneNumber') : error;
    });
}

/** Every registered line, newest first (operators and admins). */
export function allLines(em: EntityManager, args: PageArgs): Promise<CountedPage<Line>> {
  return newestFirst(em, Line, {}, args, ALL_LINES_PAGE, 'registeredAt');
}
