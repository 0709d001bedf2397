import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthClaims, PageArgs } from '@attendgate/platform';
import { BillInquiry } from '../entities/index.ts';
import { lineForCaller } from './lines.ts';
import { newestFirst, type CountedPage } from './pages.ts';

export const INQUIRIES_PAGE = { defaultSize: 20, maxSize: 100 };

/** Who looked at a line's bills, newest first: for the line's user (who looked at my bill?) and staff. */
export async function inquiriesOf(em: EntityManager, caller: AuthClaims, args: PageArgs & { lineId: string }): Promise<CountedPage<BillInquiry>> {
  const line = await lineForCaller(em, caller, args.lineId);
  return newestFirst(em, BillInquiry, { lineId: line.id }, args, INQUIRIES_PAGE, 'requestedAt');
}
